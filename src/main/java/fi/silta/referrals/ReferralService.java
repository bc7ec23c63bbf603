package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.api.ActivitiesInput;
import fi.silta.referrals.api.ContactInput;
import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.StepInput;
import fi.silta.referrals.api.TransitionInput;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Writing referrals and moving them along: the nurse writes one and suggests activities; its target records
 * contacts and steps and closes it. Status moves follow the FHIR referral Task and are allowed by role
 * ({@link ReferralAccess#mayMove}). Inputs arrive validated; what is left here are the rules that need the
 * database, and the history and access log of each change.
 */
@ApplicationScoped
public class ReferralService {

    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final ReferralAccess access;
    private final ReferralActivities activities;
    private final ReferralMapper mapper;
    private final ClientDataCipher cipher;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<ReferralNotifier.Closed> closed;
    private final PlaceService places;

    ReferralService(ReferralRepository referrals, MunicipalityRepository municipalities, ReferralAccess access,
            ReferralActivities activities, ReferralMapper mapper, ClientDataCipher cipher, CurrentUser user,
            Clock clock, Event<ReferralNotifier.Closed> closed, PlaceService places) {
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.access = access;
        this.activities = activities;
        this.mapper = mapper;
        this.cipher = cipher;
        this.user = user;
        this.clock = clock;
        this.closed = closed;
        this.places = places;
    }

    /** A nurse writes a referral; it is sent at once unless {@code send} is false. */
    @Transactional
    @RolesAllowed(Role.NURSE)
    public ReferralView create(@Valid @NotNull ReferralInput input) {
        Municipality municipality = municipalities.findById(input.municipality());
        if (municipality == null) {
            throw InvalidInput.at("municipality", "invalid-choice", "Not a municipality code");
        }
        List<Long> suggested = input.activityIds() == null ? List.of() : input.activityIds().stream().distinct().toList();
        activities.check(suggested, input.occurrenceId());
        ReferralInput.ClientInput c = input.client();
        Integer birthYear = c.birthYear();
        if (birthYear == null && c.identityCode() != null) {
            birthYear = PersonalIdentityCode.parse(c.identityCode(), true).orElseThrow().birthDate().getYear();
        }
        Instant now = clock.instant();
        Client client = new Client(c.firstName(), c.lastName(), c.identityCode(), birthYear, c.phone(), c.email(),
                Language.fromCode(c.language()).orElseThrow(), c.interpreterNeeded());
        Referral referral = new Referral(user.username(), input.unit(), client, municipality, input.context(),
                input.needs(), input.interests(), input.linkPersonNeeded(), input.linkPersonReason(),
                input.urgency() == null ? Urgency.ROUTINE : input.urgency(), input.send() == null || input.send(), now);
        referral.suggest(new LinkedHashSet<>(suggested), input.occurrenceId());
        for (ReferralInput.ConsentInput consent : input.consents() == null ? List.<ReferralInput.ConsentInput> of()
                : input.consents()) {
            referral.recordConsent(consent.recipient(), consent.given(), now, user.username());
        }
        referral.planFollowUp(input.followUpOn());
        referral.indexIdentityCode(cipher.index(c.identityCode()));
        referral.notifyNurseAt(user.email());
        referrals.persistNew(referral);
        access.recordEvent(referral, EventKind.CREATED, null, referral.status(), null, null, null);
        if (input.occurrenceId() != null) {
            // A referral written now holds no place yet: only a planned session needs one.
            places.plan(referral, input.occurrenceId());
        }
        access.logged(referral.id(), "create");
        return view(referral);
    }

    /** Moves the referral to another status, if the diagram and the user's role allow it (else 409 or 403). */
    @Transactional
    public ReferralView move(long id, @Valid @NotNull TransitionInput input) {
        Referral referral = access.readable(id, "transition");
        ReferralStatus next = input.status();
        if (!referral.status().canMoveTo(next)) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral cannot become " + next.code());
        }
        access.require(access.mayMove(referral, next), referral, "transition");
        if (next.needsOutcome() && input.outcome() == null) {
            throw InvalidInput.at("outcome", "required", "Why the referral closes");
        }
        if (input.outcome() == Outcome.ATTENDED) {
            refuseAttendanceBeforeThePlannedSession(referral, "outcome");
        }
        ReferralStatus before;
        try {
            before = referral.moveTo(next, input.outcome(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.at("outcome", "invalid-choice", e.getMessage());
        }
        access.recordEvent(referral, EventKind.MOVED, before, next, null, input.reason(), null);
        if (next.terminal()) {
            places.releaseFor(referral);
        }
        access.logged(id, "transition");
        if (next.needsOutcome()) {
            closed.fire(new ReferralNotifier.Closed(id, referral.nurseEmail()));
        }
        return view(referral);
    }

    /** The target records a step of the work; the first contact also counts as a contact. */
    @Transactional
    public ReferralView reachStep(long id, @Valid @NotNull StepInput input) {
        Referral referral = access.readable(id, "step");
        access.require(access.isTarget(referral), referral, "step");
        if (input.step() == CaseStep.ATTENDED) {
            refuseAttendanceBeforeThePlannedSession(referral, "step");
        }
        ReferralStatus before = referral.status();
        try {
            referral.reachStep(input.step(), clock.instant());
            if (input.step() == CaseStep.FIRST_CONTACT) {
                referral.contacted(clock.instant());
            }
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        access.recordEvent(referral, EventKind.STEP, before, referral.status(), input.step(), null, null);
        if (input.step() == CaseStep.ACTIVITY_AGREED || input.step() == CaseStep.ACCOMPANIED_VISIT_PLANNED) {
            places.confirm(referral, input.step() == CaseStep.ACCOMPANIED_VISIT_PLANNED);
        }
        access.logged(id, "step");
        return view(referral);
    }

    /** Records a contact with the client in the target's log. */
    @Transactional
    public ContactView addContact(long id, @Valid @NotNull ContactInput input) {
        Referral referral = access.readable(id, "contact");
        access.require(access.isTarget(referral), referral, "contact");
        try {
            referral.contacted(clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        ReferralContact contact = new ReferralContact(id, input.kind(), input.date(), input.note(), user.username(),
                clock.instant());
        referrals.record(contact);
        access.logged(id, "contact");
        referrals.flush();
        return mapper.contact(contact);
    }

    /**
     * The nurse chooses the activities to suggest to the client (published ones only); the link-person plans with
     * the client, naming one session of them.
     */
    @Transactional
    public ReferralView suggestActivities(long id, @Valid @NotNull ActivitiesInput input) {
        Referral referral = access.readable(id, "suggest-activities");
        access.require(access.isRequester(referral) || access.isTarget(referral), referral, "suggest-activities");
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral is not changed");
        }
        activities.check(input.activityIds(), input.occurrenceId());
        referral.suggest(new LinkedHashSet<>(input.activityIds()), input.occurrenceId());
        places.plan(referral, input.occurrenceId());
        access.recordEvent(referral, EventKind.ACTIVITIES, referral.status(), referral.status(), null, null,
                null);
        access.logged(id, "suggest-activities");
        return view(referral);
    }

    /** Attendance is recorded once the planned session has begun, not before (400 at the field). */
    private void refuseAttendanceBeforeThePlannedSession(Referral referral, String field) {
        Instant now = clock.instant();
        if (activities.plannedStart(referral.activityIds(), referral.occurrenceId()).filter(now::isBefore)
                .isPresent()) {
            throw InvalidInput.at(field, "before-planned-session", "The planned session has not begun");
        }
    }

    private ReferralView view(Referral referral) {
        return mapper.view(referral, referrals.events(referral.id()), access.sight(referral));
    }
}
