package fi.silta.tasks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.reference.CodeName;
import fi.silta.reference.ReferenceNames;
import fi.silta.tasks.api.Choice;
import fi.silta.tasks.api.ClaimView;
import fi.silta.tasks.api.HelperView;
import fi.silta.tasks.api.TaskView;

/** Builds the records the API and pages show from tasks, claims and helpers; entities never leave the feature. */
@ApplicationScoped
class TaskMapper {

    /** Tasks are posted and shown in Finnish wall-clock time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final ReferenceNames names;
    private final OrganisationRepository organisations;

    TaskMapper(ReferenceNames names, OrganisationRepository organisations) {
        this.names = names;
        this.organisations = organisations;
    }

    /**
     * A task as its reader may see it.
     *
     * @param details whether the reader sees the meeting point and notes (the host, any helper of a task with no
     *        referred client, a confirmed helper of one)
     * @param client the referred client's first name for a confirmed helper with the client's consent, else null
     */
    TaskView task(HelpingTask task, Language language, boolean details, String client, ClaimView myClaim,
            List<ClaimView> claims) {
        LocalDateTime start = LocalDateTime.ofInstant(task.startsAt(), ZONE);
        String organisationName = task.hostOrganisationId() == null ? null
                : organisations.findByIdOptional(task.hostOrganisationId()).map(o -> o.name().resolve(language))
                        .orElse(null);
        return new TaskView(task.id(), task.kind(), messages(language).kind(task.kind()), start.toLocalDate(),
                start.toLocalTime(), task.durationMinutes(), task.municipality(), municipalityName(task.municipality(),
                        language),
                details ? task.meetingPoint() : null, List.copyOf(task.languages()), task.helpersNeeded(), task.paid(),
                details ? task.notes() : null, task.hostOrganisationId(), organisationName, task.referralId() != null,
                task.trustApproved(), task.status(), task.cancelReason(), client, myClaim, claims);
    }

    ClaimView claim(TaskClaim claim, String helperName) {
        return new ClaimView(claim.id(), claim.taskId(), claim.helperId(), helperName, claim.status(),
                claim.claimedAt(), claim.confirmedAt(), claim.hours(), claim.cancelReason(), claim.hostFeedback(),
                claim.helperFeedback());
    }

    HelperView helper(Helper helper, LocalDate today) {
        return new HelperView(helper.id(), helper.username(), helper.firstName(), helper.birthDate(), helper.email(),
                helper.vettingOrganisationId(), List.copyOf(helper.municipalities()), List.copyOf(helper.languages()),
                helper.skills(), helper.availability(), helper.minorOn(today), helper.guardianConsentAt() != null,
                helper.status(), helper.approvedUntil(), helper.approvedOn(today), helper.withdrawnReason());
    }

    String municipalityName(String code, Language language) {
        return names.municipality(code, language).map(CodeName::name).orElse(code);
    }

    List<Choice> municipalities(Language language) {
        return names.municipalities(language).stream().map(m -> new Choice(m.code(), m.name())).toList();
    }

    String organisationName(long id, Language language) {
        return organisations.findByIdOptional(id).map(o -> o.name().resolve(language)).orElse("");
    }

    static TaskMessages messages(Language language) {
        return MessageBundles.get(TaskMessages.class, Localized.Literal.of(language.code()));
    }
}
