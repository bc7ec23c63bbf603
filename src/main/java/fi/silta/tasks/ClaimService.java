package fi.silta.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.security.ForbiddenException;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.Accompaniments;
import fi.silta.tasks.api.ClaimView;
import fi.silta.tasks.api.CompletionInput;
import fi.silta.tasks.api.FeedbackInput;
import fi.silta.tasks.api.ReasonInput;
import fi.silta.tasks.api.TaskView;

/**
 * A helper's part in a task from claim to done: the helper claims an open task that fits them, the host confirms
 * (or the task trusts approved helpers, and the claim is confirmed at once), either side cancels with a reason, the
 * host records a no-show or confirms the part done with the hours, and both leave a short word. A task is filled
 * while enough helpers are confirmed and done when no part is left open. Confirming done a task for a referred
 * client records in the referral's history which helper went.
 */
@ApplicationScoped
public class ClaimService {

    private final TaskRepository tasks;
    private final HelperRepository helpers;
    private final TaskAccess access;
    private final TaskService taskService;
    private final TaskMapper mapper;
    private final Accompaniments accompaniments;
    private final Clock clock;

    ClaimService(TaskRepository tasks, HelperRepository helpers, TaskAccess access, TaskService taskService,
            TaskMapper mapper, Accompaniments accompaniments, Clock clock) {
        this.tasks = tasks;
        this.helpers = helpers;
        this.access = access;
        this.taskService = taskService;
        this.mapper = mapper;
        this.accompaniments = accompaniments;
        this.clock = clock;
    }

    /** The calling helper claims the task; 404 when it does not fit them, 409 when it is no longer open. */
    @Transactional
    public ClaimView claim(long taskId) {
        Helper helper = access.requireOwnHelper();
        HelpingTask task = tasks.findByIdOptional(taskId).orElseThrow(TaskService::notFound);
        if (!helper.approvedOn(today()) || !taskService.fits(task, helper)) {
            throw TaskService.notFound();
        }
        if (task.status() != TaskStatus.OPEN || !task.startsAt().isAfter(clock.instant())) {
            throw ProblemException.conflict("The task is no longer open");
        }
        if (tasks.claimsOf(helper.id()).stream().anyMatch(c -> c.taskId() == taskId)) {
            throw ProblemException.conflict("You have claimed this task already");
        }
        Instant now = clock.instant();
        TaskClaim claim = new TaskClaim(taskId, helper.id(), now);
        if (task.trustApproved()) {
            claim.confirm(helper.username(), now);
        }
        tasks.persist(claim);
        tasks.flush();
        follow(task);
        access.recordChange("claim-task", "helping-task", taskId, task.hostOrganisationId(), "claim");
        return mapper.claim(claim, null);
    }

    /** The host confirms a helper's claim. */
    @Transactional
    public TaskView confirm(long taskId, long claimId, Language language) {
        HelpingTask task = hosted(taskId, "confirm-claim");
        TaskClaim claim = claim(task, claimId);
        if (claim.status() != ClaimStatus.CLAIMED) {
            throw ProblemException.conflict("Only a claim waiting for confirmation is confirmed");
        }
        if (task.status() != TaskStatus.OPEN) {
            throw ProblemException.conflict("The task is not open");
        }
        claim.confirm(access.username(), clock.instant());
        follow(task);
        access.recordChange("confirm-claim", "helping-task", taskId, task.hostOrganisationId(), "claim");
        return taskService.hostView(task, language);
    }

    /** The host or the helper cancels the helper's part, with a reason. */
    @Transactional
    public void cancel(long taskId, long claimId, @Valid @NotNull ReasonInput input) {
        HelpingTask task = tasks.findByIdOptional(taskId).orElseThrow(TaskService::notFound);
        TaskClaim claim = claim(task, claimId);
        boolean own = access.ownHelper().map(h -> h.id() == claim.helperId()).orElse(false);
        if (!own) {
            access.requireHost(task, "cancel-claim");
        }
        if (claim.status() != ClaimStatus.CLAIMED && claim.status() != ClaimStatus.CONFIRMED) {
            throw ProblemException.conflict("Only a claimed or confirmed part is cancelled");
        }
        claim.cancel(access.username(), input.reason());
        follow(task);
        access.recordChange("cancel-claim", "helping-task", taskId, task.hostOrganisationId(), "claim,reason");
    }

    /** The host records that a confirmed helper did not come. */
    @Transactional
    public TaskView noShow(long taskId, long claimId, Language language) {
        HelpingTask task = hosted(taskId, "no-show");
        TaskClaim claim = claim(task, claimId);
        if (claim.status() != ClaimStatus.CONFIRMED) {
            throw ProblemException.conflict("Only a confirmed helper can miss a task");
        }
        claim.noShow();
        finishIfSettled(task);
        access.recordChange("no-show", "helping-task", taskId, task.hostOrganisationId(), "claim");
        return taskService.hostView(task, language);
    }

    /** The host confirms a helper's part done with the hours; the task is done when no part is left open. */
    @Transactional
    public TaskView complete(long taskId, long claimId, @Valid @NotNull CompletionInput input, Language language) {
        HelpingTask task = hosted(taskId, "complete-claim");
        TaskClaim claim = claim(task, claimId);
        if (claim.status() != ClaimStatus.CONFIRMED) {
            throw ProblemException.conflict("Only a confirmed part is confirmed done");
        }
        if (task.startsAt().isAfter(clock.instant())) {
            throw ProblemException.conflict("A task is confirmed done once it has started");
        }
        claim.done(input.hours(), input.feedback(), clock.instant());
        if (task.referralId() != null) {
            accompaniments.accompanied(task.referralId(), helpers.findById(claim.helperId()).username());
        }
        finishIfSettled(task);
        access.recordChange("complete-claim", "helping-task", taskId, task.hostOrganisationId(), "hours,feedback");
        return taskService.hostView(task, language);
    }

    /** The helper's short word on a task they did. */
    @Transactional
    public ClaimView feedback(long taskId, long claimId, @Valid @NotNull FeedbackInput input) {
        HelpingTask task = tasks.findByIdOptional(taskId).orElseThrow(TaskService::notFound);
        TaskClaim claim = claim(task, claimId);
        Helper helper = access.requireOwnHelper();
        if (helper.id() != claim.helperId()) {
            throw new ForbiddenException("Not your part of the task");
        }
        if (claim.status() != ClaimStatus.DONE) {
            throw ProblemException.conflict("Feedback follows a task done");
        }
        claim.helperFeedback(input.feedback());
        access.recordChange("helper-feedback", "helping-task", taskId, task.hostOrganisationId(), "feedback");
        return mapper.claim(claim, null);
    }

    /** The host cancels the whole task with a reason; every part still open is cancelled with it. */
    @Transactional
    public TaskView cancelTask(long taskId, @Valid @NotNull ReasonInput input, Language language) {
        HelpingTask task = hosted(taskId, "cancel-task");
        if (task.status().closed()) {
            throw ProblemException.conflict("The task is already " + task.status().name().toLowerCase(Locale.ROOT));
        }
        task.cancel(input.reason());
        for (TaskClaim claim : tasks.claims(taskId)) {
            if (claim.status() == ClaimStatus.CLAIMED || claim.status() == ClaimStatus.CONFIRMED) {
                claim.cancel(access.username(), input.reason());
            }
        }
        access.recordChange("cancel-task", "helping-task", taskId, task.hostOrganisationId(), "status,reason");
        return taskService.hostView(task, language);
    }

    private HelpingTask hosted(long taskId, String operation) {
        HelpingTask task = tasks.findByIdOptional(taskId).orElseThrow(TaskService::notFound);
        access.requireHost(task, operation);
        return task;
    }

    private TaskClaim claim(HelpingTask task, long claimId) {
        TaskClaim claim = tasks.claim(task.id(), claimId);
        if (claim == null) {
            throw ProblemException.notFound("The claim");
        }
        return claim;
    }

    /** Fills the task when enough helpers are confirmed, opens it again when one drops out. */
    private void follow(HelpingTask task) {
        tasks.flush();
        long confirmed = tasks.claims(task.id()).stream()
                .filter(c -> c.status() == ClaimStatus.CONFIRMED || c.status() == ClaimStatus.DONE).count();
        task.helpersHolding(confirmed, clock.instant());
    }

    private void finishIfSettled(HelpingTask task) {
        tasks.flush();
        List<TaskClaim> claims = tasks.claims(task.id());
        boolean open = claims.stream()
                .anyMatch(c -> c.status() == ClaimStatus.CLAIMED || c.status() == ClaimStatus.CONFIRMED);
        boolean done = claims.stream().anyMatch(c -> c.status() == ClaimStatus.DONE);
        if (!open && done) {
            task.done(clock.instant());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaskMapper.ZONE));
    }
}
