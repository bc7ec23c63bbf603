package fi.silta.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.Accompaniments;
import fi.silta.tasks.api.Choice;
import fi.silta.tasks.api.TaskInput;
import fi.silta.tasks.api.TaskView;

/**
 * Posting tasks and reading them: a host's own tasks, the open tasks that fit a helper (their municipalities, their
 * languages, after now and within their approval), and one task as its reader may see it. A helper reaches a task
 * that does not fit them only through their own claim; otherwise it answers 404, as if it did not exist.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final HelperRepository helpers;
    private final TaskAccess access;
    private final TaskMapper mapper;
    private final Accompaniments accompaniments;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    TaskService(TaskRepository tasks, HelperRepository helpers, TaskAccess access, TaskMapper mapper,
            Accompaniments accompaniments, MunicipalityRepository municipalities, Clock clock) {
        this.tasks = tasks;
        this.helpers = helpers;
        this.access = access;
        this.mapper = mapper;
        this.accompaniments = accompaniments;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * A host posts a task for one of their organisations, or the link-person working a referral posts "go with the
     * client to this session" for it.
     */
    @Transactional
    public TaskView post(@Valid @NotNull TaskInput input, Language language) {
        if (input.referralId() != null) {
            accompaniments.workedByCaller(input.referralId(), "accompaniment-task");
        } else if (input.organisationId() == null) {
            throw invalid("organisationId", "required", "Name the host organisation");
        } else {
            access.requireHostOf(input.organisationId(), "post-task");
        }
        if (municipalities.findByIdOptional(input.municipality()).isEmpty()) {
            throw invalid("municipality", "unknown", "No such municipality");
        }
        Instant startsAt = input.date().atTime(input.startTime()).atZone(TaskMapper.ZONE).toInstant();
        Instant now = clock.instant();
        if (!startsAt.isAfter(now)) {
            throw invalid("date", "in-the-past", "A task starts later than now");
        }
        HelpingTask task = new HelpingTask(input.referralId() == null ? input.organisationId() : null,
                input.referralId(), access.username(), access.email(), now);
        task.describe(input.kind(), startsAt, input.durationMinutes(), input.municipality(), input.meetingPoint(),
                new LinkedHashSet<>(input.languages()), input.helpersNeeded(), input.paid(), input.notes(),
                input.trustApproved());
        tasks.persist(task);
        tasks.flush();
        access.recordChange("post-task", "helping-task", task.id(), task.hostOrganisationId(),
                "kind,startsAt,duration,municipality,meetingPoint,languages,helpersNeeded,paid,notes");
        return hostView(task, language);
    }

    /** The tasks the caller hosts, soonest last. */
    @Transactional
    public List<TaskView> hosted(Language language) {
        List<HelpingTask> list = access.isAdmin() ? tasks.listAll()
                : tasks.hostedBy(access.hostedOrganisations(), access.username());
        return list.stream().map(t -> hostView(t, language)).toList();
    }

    /** The open tasks that fit the calling helper, and those they claimed that are still to come. */
    @Transactional
    public List<TaskView> open(Language language) {
        Helper helper = access.requireOwnHelper();
        if (!helper.approvedOn(today())) {
            return List.of();
        }
        Map<Long, TaskClaim> mine = tasks.claimsOf(helper.id()).stream()
                .collect(Collectors.toMap(TaskClaim::taskId, Function.identity()));
        return tasks.openIn(helper.municipalities(), clock.instant()).stream().filter(t -> fits(t, helper))
                .map(t -> helperView(t, helper, mine.get(t.id()), language)).toList();
    }

    /** One task as the caller may see it; 404 for a helper it does not fit and who has no part in it. */
    @Transactional
    public TaskView task(long id, Language language) {
        HelpingTask task = tasks.findByIdOptional(id).orElseThrow(TaskService::notFound);
        if (access.hosts(task)) {
            return hostView(task, language);
        }
        Optional<Helper> helper = access.ownHelper();
        if (helper.isPresent()) {
            TaskClaim claim = tasks.claimsOf(helper.get().id()).stream().filter(c -> c.taskId() == id).findFirst()
                    .orElse(null);
            boolean fits = task.status() == TaskStatus.OPEN && task.startsAt().isAfter(clock.instant())
                    && helper.get().approvedOn(today()) && fits(task, helper.get());
            if (claim == null && !fits) {
                throw notFound();
            }
            return helperView(task, helper.get(), claim, language);
        }
        access.requireHost(task, "read-task");
        throw notFound();
    }

    /** The organisations the caller hosts tasks for, by name, for the posting form. */
    @Transactional
    public List<Choice> hostChoices(Language language) {
        return access.hostedOrganisations().stream()
                .map(id -> new Choice(String.valueOf(id), mapper.organisationName(id, language)))
                .sorted(Comparator.comparing(Choice::name)).toList();
    }

    /**
     * The municipality an accompaniment for the case takes place in (the client's), if the caller works the case;
     * 403 (written to the access log) or 409 otherwise. The page's form sends it with the task, never shows it.
     */
    @Transactional
    public String accompanimentMunicipality(long referralId) {
        return accompaniments.workedByCaller(referralId, "accompaniment-form").municipality();
    }

    /** Every municipality by name, for the posting form. */
    @Transactional
    public List<Choice> municipalityChoices(Language language) {
        return mapper.municipalities(language);
    }

    /** Whether the task is in the helper's municipalities and languages, and within their approval. */
    boolean fits(HelpingTask task, Helper helper) {
        LocalDate day = task.startsAt().atZone(TaskMapper.ZONE).toLocalDate();
        boolean language = task.languages().isEmpty()
                || task.languages().stream().anyMatch(helper.languages()::contains);
        return helper.municipalities().contains(task.municipality()) && language
                && helper.approvedUntil() != null && !day.isAfter(helper.approvedUntil());
    }

    TaskView hostView(HelpingTask task, Language language) {
        List<TaskClaim> claims = tasks.claims(task.id());
        List<Long> helperIds = claims.stream().map(TaskClaim::helperId).toList();
        Map<Long, String> names = helperIds.isEmpty() ? Map.of()
                : helpers.list("id in ?1", helperIds).stream().collect(Collectors.toMap(Helper::id, Helper::firstName));
        return mapper.task(task, language, true, null, null,
                claims.stream().map(c -> mapper.claim(c, names.get(c.helperId()))).toList());
    }

    /**
     * A task as a helper sees it: of a task for a referred client, the meeting point and notes only once the host
     * confirmed them, and the client's first name only then and only with the client's consent (the referrals
     * feature writes each such reach to the client-data access log).
     */
    TaskView helperView(HelpingTask task, Helper helper, TaskClaim claim, Language language) {
        boolean confirmed = claim != null
                && (claim.status() == ClaimStatus.CONFIRMED || claim.status() == ClaimStatus.DONE);
        String client = null;
        if (task.referralId() != null && confirmed && !task.status().closed()) {
            client = accompaniments.firstNameForHelper(task.referralId(), task.id(), access.role()).orElse(null);
        }
        boolean details = task.referralId() == null || confirmed;
        return mapper.task(task, language, details, client, claim == null ? null : mapper.claim(claim, null),
                List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaskMapper.ZONE));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("The task");
    }

    static ProblemException invalid(String field, String code, String message) {
        return new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields",
                List.of(new FieldError(field, code, message)));
    }
}
