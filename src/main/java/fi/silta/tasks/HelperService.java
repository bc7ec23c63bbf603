package fi.silta.tasks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.tasks.api.ApprovalInput;
import fi.silta.tasks.api.Choice;
import fi.silta.tasks.api.HelperInput;
import fi.silta.tasks.api.HelperRecord;
import fi.silta.tasks.api.HelperView;
import fi.silta.tasks.api.ReasonInput;

/**
 * Helpers as their vetting organisation keeps them: registered with their municipalities, languages, skills and
 * availability, approved until a day (an under-18 only with a recorded guardian consent) and withdrawn with a
 * reason. The audit trail names the fields changed, never the helper's name, birth date or consent.
 */
@ApplicationScoped
public class HelperService {

    private final HelperRepository helpers;
    private final TaskRepository tasks;
    private final TaskAccess access;
    private final TaskMapper mapper;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    HelperService(HelperRepository helpers, TaskRepository tasks, TaskAccess access, TaskMapper mapper,
            MunicipalityRepository municipalities, Clock clock) {
        this.helpers = helpers;
        this.tasks = tasks;
        this.access = access;
        this.mapper = mapper;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** A vetter registers a helper for their organisation; 409 when the user name is already a helper. */
    @Transactional
    public HelperView register(@Valid @NotNull HelperInput input) {
        access.requireVetterOf(input.organisationId(), "register-helper");
        if (helpers.byUsername(input.username()).isPresent()) {
            throw ProblemException.conflict("This user is already registered as a helper");
        }
        checkMunicipalities(input.municipalities());
        Instant now = clock.instant();
        Helper helper = new Helper(input.username(), input.organisationId(), access.username(), now);
        helper.describe(input.firstName(), input.birthDate(), input.email(), input.skills(), input.availability(),
                new LinkedHashSet<>(input.municipalities()), new LinkedHashSet<>(input.languages()));
        if (input.guardianConsent()) {
            helper.recordGuardianConsent(access.username(), now);
        }
        helpers.persist(helper);
        helpers.flush();
        access.recordChange("register-helper", "helper", helper.id(), helper.vettingOrganisationId(),
                "municipalities,languages,skills,availability" + (input.guardianConsent() ? ",guardian-consent" : ""));
        return mapper.helper(helper, today());
    }

    /** The helpers of the organisations the caller vets for. */
    @Transactional
    public List<HelperView> vetted() {
        List<Helper> list = access.isAdmin() ? helpers.listAll() : helpers.ofOrganisations(access.vettedOrganisations());
        return list.stream().map(h -> mapper.helper(h, today())).toList();
    }

    /** The organisations the caller vets for by name, for the registration form (not every one, for an admin). */
    @Transactional
    public List<Choice> organisationChoices(Language language) {
        return access.vettedOrganisations().stream()
                .map(id -> new Choice(String.valueOf(id), mapper.organisationName(id, language)))
                .sorted(Comparator.comparing(Choice::name)).toList();
    }

    /** Every municipality by name, for the registration form. */
    @Transactional
    public List<Choice> municipalityChoices(Language language) {
        return mapper.municipalities(language);
    }

    /** The caller's own registration as a helper. */
    @Transactional
    public HelperView me() {
        return mapper.helper(access.requireOwnHelper(), today());
    }

    /**
     * Approves the helper until a day. An under-18 without a recorded guardian consent is refused with 400 naming
     * {@code guardianConsent}, and stays unapproved.
     */
    @Transactional
    public HelperView approve(long id, @Valid @NotNull ApprovalInput input) {
        Helper helper = helper(id, "approve-helper");
        if (helper.minorOn(today()) && helper.guardianConsentAt() == null) {
            throw new ProblemException(400, "guardian-consent-missing", "Guardian consent missing",
                    "A helper under 18 is approved only with a recorded guardian consent",
                    List.of(new FieldError("guardianConsent", "required", "Record the guardian's consent first")));
        }
        helper.approve(input.until(), access.username(), clock.instant());
        access.recordChange("approve-helper", "helper", id, helper.vettingOrganisationId(), "approvedUntil");
        return mapper.helper(helper, today());
    }

    /**
     * Records the guardian's consent and approves the helper until a day, at once: the approval form of a helper under
     * 18 whose consent the vetter now has. A refused approval stores neither.
     */
    @Transactional
    public HelperView approveWithGuardianConsent(long id, @Valid @NotNull ApprovalInput input) {
        recordGuardianConsent(id);
        return approve(id, input);
    }

    /** Records the guardian's consent of an under-18 helper, which their approval needs. */
    @Transactional
    public HelperView recordGuardianConsent(long id) {
        Helper helper = helper(id, "guardian-consent");
        helper.recordGuardianConsent(access.username(), clock.instant());
        access.recordChange("guardian-consent", "helper", id, helper.vettingOrganisationId(), "guardianConsent");
        return mapper.helper(helper, today());
    }

    /** Withdraws the approval with a reason; the helper sees no open tasks and claims none from then on. */
    @Transactional
    public HelperView withdraw(long id, @Valid @NotNull ReasonInput input) {
        Helper helper = helper(id, "withdraw-helper");
        helper.withdraw(input.reason(), clock.instant());
        access.recordChange("withdraw-helper", "helper", id, helper.vettingOrganisationId(), "status,reason");
        return mapper.helper(helper, today());
    }

    /** The caller's record of tasks done and hours, for a job application. */
    @Transactional
    public HelperRecord record(Language language) {
        Helper helper = access.requireOwnHelper();
        TaskMessages text = TaskMapper.messages(language);
        List<HelperRecord.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (TaskClaim claim : tasks.claimsOf(helper.id())) {
            if (claim.status() != ClaimStatus.DONE) {
                continue;
            }
            HelpingTask task = tasks.findById(claim.taskId());
            String host = task.hostOrganisationId() == null ? ""
                    : mapper.organisationName(task.hostOrganisationId(),
                            language);
            lines.add(new HelperRecord.Line(task.startsAt().atZone(TaskMapper.ZONE).toLocalDate(),
                    text.kind(task.kind()), host, claim.hours(), claim.hostFeedback()));
            total = total.add(claim.hours());
        }
        return new HelperRecord(helper.firstName(), mapper.organisationName(helper.vettingOrganisationId(), language),
                helper.approvedUntil(), lines, total);
    }

    private Helper helper(long id, String operation) {
        Helper helper = helpers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The helper"));
        access.requireVetter(helper, operation);
        return helper;
    }

    private void checkMunicipalities(List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            if (municipalities.findByIdOptional(codes.get(i)).isEmpty()) {
                throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields",
                        List.of(new FieldError("municipalities[" + i + "]", "unknown", "No such municipality")));
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaskMapper.ZONE));
    }
}
