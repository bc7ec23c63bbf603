package fi.silta.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.TransitionInput;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Referrals and the work on them. Who may see a referral: the nurse who wrote it, the link-person it is
 * assigned to, and the coordinators of its county; nobody else. Every read and write of client data, lists
 * included, and every refusal, is written to the client access log. Status moves follow the FHIR referral
 * Task and are allowed by role: the requester (nurse) sends, cancels or marks an error; the referral's target
 * (the assigned link-person, or the nurse for a referral without one) accepts, works and closes it; the
 * coordinator assigns, rejects or cancels.
 */
@ApplicationScoped
public class ReferralService {

    private static final String PURPOSE = "wellbeing referral";

    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final AuditLog access;
    private final CurrentUser user;
    private final ReferralsConfig config;
    private final Clock clock;
    private final ClientDataCipher cipher;
    private final fi.silta.catalogue.CatalogueService catalogue;
    private final LinkPersonService linkPersons;
    private final jakarta.enterprise.event.Event<ReferralNotifier.Assigned> notifications;
    private final jakarta.enterprise.event.Event<ReferralNotifier.Closed> closed;

    ReferralService(ReferralRepository referrals, MunicipalityRepository municipalities, AuditLog access,
            CurrentUser user, ReferralsConfig config, Clock clock, ClientDataCipher cipher,
            LinkPersonService linkPersons, jakarta.enterprise.event.Event<ReferralNotifier.Assigned> notifications,
            jakarta.enterprise.event.Event<ReferralNotifier.Closed> closed,
            fi.silta.catalogue.CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.cipher = cipher;
        this.linkPersons = linkPersons;
        this.notifications = notifications;
        this.closed = closed;
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.access = access;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public ReferralView create(ReferralInput input) {
        if (!user.has(Role.NURSE)) {
            throw new ForbiddenException("Only nurses write referrals");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input == null || input.client() == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The referral needs a client",
                    List.of(new FieldError("client", "required", "Who the client is")));
        }
        ReferralInput.ClientInput c = input.client();
        String first = required(errors, "client.firstName", c.firstName(), 100);
        String last = required(errors, "client.lastName", c.lastName(), 100);
        String code = null;
        if (c.identityCode() != null && !c.identityCode().isBlank()) {
            code = PersonalIdentityCode.parse(c.identityCode(), config.allowTemporaryIdentityCodes())
                    .map(PersonalIdentityCode::value).orElse(null);
            if (code == null) {
                // The message never repeats the code: it is client data.
                errors.add(new FieldError("client.identityCode", "invalid-identity-code",
                        "Not a valid personal identity code"));
            }
        }
        if (c.birthYear() != null && (c.birthYear() < 1890 || c.birthYear() > java.time.Year.now(clock).getValue())) {
            errors.add(new FieldError("client.birthYear", "out-of-range", "Not a plausible year of birth"));
        }
        String phone = Inputs.clean(c.phone());
        if (phone != null && !Inputs.isPhone(phone)) {
            errors.add(new FieldError("client.phone", "invalid-phone", "Not a phone number"));
        }
        String email = Inputs.clean(c.email());
        if (email != null && !Inputs.isEmail(email)) {
            errors.add(new FieldError("client.email", "invalid-email", "Not an email address"));
        }
        Language language = Language.fromCode(c.language()).orElse(null);
        if (language == null) {
            errors.add(new FieldError("client.language", "required", "The client's language: fi, sv or en"));
        }
        Municipality municipality = input.municipality() == null ? null
                : municipalities.findById(input.municipality().strip());
        if (municipality == null) {
            errors.add(new FieldError("municipality", "invalid-choice", "The client's municipality"));
        }
        ReferralContext context = choice(errors, "context", ReferralContext.class, input.context(), true);
        Urgency urgency = input.urgency() == null ? Urgency.ROUTINE
                : choice(errors, "urgency", Urgency.class, input.urgency(), true);
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (String need : input.needs() == null ? List.<String> of() : input.needs()) {
            Need parsed = choice(errors, "needs", Need.class, need, true);
            if (parsed != null) {
                needs.add(parsed);
            }
        }
        if (needs.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("needs"))) {
            errors.add(new FieldError("needs", "required", "At least one need"));
        }
        String interests = Inputs.clean(input.interests());
        if (interests != null && interests.length() > 2000) {
            errors.add(new FieldError("interests", "too-long", "At most 2000 characters"));
        }
        if (input.linkPersonNeeded() && Inputs.clean(input.linkPersonReason()) == null) {
            errors.add(new FieldError("linkPersonReason", "required", "Why the client needs a link-person"));
        }
        List<ConsentRecipient> consentRecipients = new ArrayList<>();
        List<Boolean> consentGiven = new ArrayList<>();
        for (ReferralInput.ConsentInput consent : input.consents() == null ? List.<ReferralInput.ConsentInput> of()
                : input.consents()) {
            ConsentRecipient recipient = choice(errors, "consents", ConsentRecipient.class, consent.recipient(), true);
            if (recipient != null) {
                consentRecipients.add(recipient);
                consentGiven.add(consent.given());
            }
        }
        if (input.linkPersonNeeded() && !(consentRecipients.contains(ConsentRecipient.LINK_PERSON)
                && consentGiven.get(consentRecipients.indexOf(ConsentRecipient.LINK_PERSON)))) {
            errors.add(new FieldError("consents", "consent-needed",
                    "A link-person may take the case only with the client's consent"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The referral has invalid fields",
                    errors);
        }
        Integer birthYear = c.birthYear();
        if (birthYear == null && code != null) {
            birthYear = PersonalIdentityCode.parse(code, true).orElseThrow().birthDate().getYear();
        }
        Referral referral = new Referral(user.username(), Inputs.clean(input.unit()),
                new Referral.Client(first, last, code, birthYear, phone, email, language, c.interpreterNeeded()),
                municipality, context, needs, interests, input.linkPersonNeeded(), Inputs.clean(input.linkPersonReason()),
                urgency, input.send() == null || input.send(), clock.instant());
        referral.suggest(new LinkedHashSet<>(input.activityIds() == null ? List.of() : input.activityIds()),
                input.occurrenceId());
        for (int i = 0; i < consentRecipients.size(); i++) {
            referral.recordConsent(consentRecipients.get(i), consentGiven.get(i), clock.instant(), user.username());
        }
        referral.planFollowUp(input.followUpOn());
        referral.indexIdentityCode(cipher.index(code));
        referral.notifyNurseAt(user.email());
        referrals.persist(referral);
        referrals.flush();
        event(referral, null, referral.status(), null, null);
        access.record(Trail.CLIENT_DATA,
                AuditEntry.of(user.username(), role(), "create", "referral", referral.id()).purpose(PURPOSE));
        return view(referral);
    }

    /** The referrals this user works with: a nurse's own, a link-person's cases, a coordinator's county. */
    @Transactional
    public List<ReferralRow> list() {
        List<Referral> visible;
        if (user.has(Role.COORDINATOR)) {
            visible = referrals.ofCounties(counties());
        } else if (user.has(Role.LINK_PERSON)) {
            visible = referrals.assignedTo(user.username());
        } else if (user.has(Role.NURSE)) {
            visible = referrals.ofNurse(user.username());
        } else {
            throw new ForbiddenException("No referral role");
        }
        for (Referral referral : visible) {
            access.record(Trail.CLIENT_DATA,
                    AuditEntry.of(user.username(), role(), "list", "referral", referral.id()).purpose(PURPOSE));
        }
        java.time.Instant now = clock.instant();
        return visible.stream().map(r -> {
            java.time.Instant due = due(r);
            return new ReferralRow(r.id(), r.status().code(), r.step() == null ? null : r.step().name(),
                    r.firstName() + " " + r.lastName(), r.municipality().code(), r.urgency().name(), r.nurse(),
                    r.assignedTo(), r.updatedAt(),
                    r.lastContactAt() == null ? null : java.time.Duration.between(r.lastContactAt(), now).toDays(),
                    nextStep(r), due == null ? null : java.time.LocalDate.ofInstant(due, HELSINKI),
                    due != null && due.isBefore(now), r.linkPersonNeeded());
        }).toList();
    }

    private static final java.time.ZoneId HELSINKI = java.time.ZoneId.of("Europe/Helsinki");

    /** When the open, assigned case must reach its next milestone: a first contact, then attendance. */
    private java.time.Instant due(Referral r) {
        if (r.assignedTo() == null || r.assignedAt() == null || r.status().terminal()) {
            return null;
        }
        if (r.lastContactAt() == null) {
            return r.assignedAt().plus(config.firstContactWithin());
        }
        if (r.status() != ReferralStatus.REQUESTED && r.step() != CaseStep.ATTENDED
                && r.step() != CaseStep.FOLLOW_UP_DONE) {
            return r.assignedAt().plus(config.attendanceWithin());
        }
        return null;
    }

    private static String nextStep(Referral r) {
        if (r.status().terminal()) {
            return null;
        }
        if (r.step() == null) {
            return CaseStep.FIRST_CONTACT.name();
        }
        return switch (r.step()) {
            case FIRST_CONTACT -> CaseStep.ACTIVITY_AGREED.name();
            case ACTIVITY_AGREED, ACCOMPANIED_VISIT_PLANNED -> CaseStep.ATTENDED.name();
            case ATTENDED -> CaseStep.FOLLOW_UP_DONE.name();
            case FOLLOW_UP_DONE -> null;
        };
    }

    @Transactional
    public ReferralView get(long id) {
        Referral referral = readable(id, "read");
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "read", "referral", id).purpose(PURPOSE));
        return view(referral);
    }

    /** The coordinator gives the case to a link-person, or to another one. */
    @Transactional
    public ReferralView assign(long id, String linkPerson) {
        Referral referral = readable(id, "assign");
        if (!user.has(Role.COORDINATOR)) {
            deny(id, "assign");
        }
        String name = Inputs.clean(linkPerson);
        if (name == null || name.length() > 255) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Name the link-person",
                    List.of(new FieldError("linkPerson", "required", "The link-person's user name")));
        }
        try {
            referral.assignTo(name, clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        event(referral, referral.status(), referral.status(), null, "assigned to " + name);
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "assign", "referral", id).purpose(PURPOSE));
        notifications.fire(new ReferralNotifier.Assigned(id, linkPersons.emailOf(name)));
        return view(referral);
    }

    /** The assigned link-person gives a case not yet accepted back to the coordinator's queue. */
    @Transactional
    public ReferralView giveBack(long id, String reason) {
        Referral referral = readable(id, "return");
        if (!(user.has(Role.LINK_PERSON) && user.username().equals(referral.assignedTo()))) {
            deny(id, "return");
        }
        if (Inputs.clean(reason) == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Say why the case is returned",
                    List.of(new FieldError("reason", "required", "Why the case is returned")));
        }
        try {
            referral.returnToQueue(clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        event(referral, referral.status(), referral.status(), null, Inputs.clean(reason));
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "return", "referral", id).purpose(PURPOSE));
        return view(referral);
    }

    @Transactional
    public ReferralView reachStep(long id, String stepName) {
        Referral referral = readable(id, "step");
        if (!isTarget(referral)) {
            deny(id, "step");
        }
        List<FieldError> errors = new ArrayList<>();
        CaseStep step = choice(errors, "step", CaseStep.class, stepName, true);
        if (step == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Unknown step", errors);
        }
        ReferralStatus before = referral.status();
        try {
            referral.reachStep(step, clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        if (step == CaseStep.FIRST_CONTACT) {
            referral.contacted(clock.instant());
        }
        event(referral, before, referral.status(), step, null);
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "step", "referral", id).purpose(PURPOSE));
        return view(referral);
    }

    /** Moves the referral to another status, if the diagram and the user's role allow it (else 409 or 403). */
    @Transactional
    public ReferralView move(long id, TransitionInput input) {
        Referral referral = readable(id, "transition");
        if (input == null || input.status() == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Name the status to move to",
                    List.of(new FieldError("status", "required", "The FHIR status code")));
        }
        ReferralStatus next = ReferralStatus.fromCode(input.status().strip()).orElseThrow(() -> new ProblemException(
                400, "invalid-input", "Invalid input", "Unknown status",
                List.of(new FieldError("status", "invalid-choice", "A FHIR Task status such as in-progress"))));
        Outcome outcome = null;
        if (input.outcome() != null) {
            List<FieldError> errors = new ArrayList<>();
            outcome = choice(errors, "outcome", Outcome.class, input.outcome(), true);
            if (outcome == null) {
                throw new ProblemException(400, "invalid-input", "Invalid input", "Unknown outcome", errors);
            }
        }
        if (!referral.status().canMoveTo(next)) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral cannot become " + next.code());
        }
        if (!mayMove(referral, next)) {
            deny(id, "transition");
        }
        if ((next == ReferralStatus.COMPLETED || next == ReferralStatus.FAILED) && outcome == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Closing needs an outcome",
                    List.of(new FieldError("outcome", "required", "Why the referral closes")));
        }
        ReferralStatus before;
        try {
            before = referral.moveTo(next, outcome, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-input", "Invalid input", e.getMessage(),
                    List.of(new FieldError("outcome", "invalid-choice", e.getMessage())));
        }
        event(referral, before, next, null, Inputs.clean(input.reason()));
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "transition", "referral", id).purpose(PURPOSE));
        if (next == ReferralStatus.COMPLETED || next == ReferralStatus.FAILED) {
            closed.fire(new ReferralNotifier.Closed(id, referral.nurseEmail()));
        }
        return view(referral);
    }

    /** Records a contact with the client; the first one also counts as the first-contact step. */
    @Transactional
    public fi.silta.referrals.api.ContactView addContact(long id, fi.silta.referrals.api.ContactInput input) {
        Referral referral = readable(id, "contact");
        if (!isTarget(referral)) {
            deny(id, "contact");
        }
        List<FieldError> errors = new ArrayList<>();
        ContactKind kind = choice(errors, "kind", ContactKind.class, input == null ? null : input.kind(), true);
        java.time.LocalDate date = input == null ? null : input.date();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Helsinki")));
        if (date == null) {
            errors.add(new FieldError("date", "required", "The day of the contact"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError("date", "in-the-future", "A contact is recorded after it happened"));
        }
        String note = input == null ? null : Inputs.clean(input.note());
        if (note != null && note.length() > 4000) {
            errors.add(new FieldError("note", "too-long", "At most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The contact has invalid fields",
                    errors);
        }
        if (referral.status().terminal() || referral.status() == ReferralStatus.DRAFT) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral takes no contacts");
        }
        ReferralContact contact = new ReferralContact(id, kind, date, note, user.username(), clock.instant());
        referrals.record(contact);
        referral.contacted(clock.instant());
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "contact", "referral", id).purpose(PURPOSE));
        referrals.flush();
        return contactView(contact);
    }

    @Transactional
    public List<fi.silta.referrals.api.ContactView> contacts(long id) {
        readable(id, "contacts");
        access.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), "contacts", "referral", id).purpose(PURPOSE));
        return referrals.contacts(id).stream().map(ReferralService::contactView).toList();
    }

    /**
     * The county's cases that stall: assigned without a first contact within
     * {@code silta.referrals.first-contact-within}, or accepted without attendance within
     * {@code silta.referrals.attendance-within}.
     */
    @Transactional
    public List<fi.silta.referrals.api.OverdueCase> overdue() {
        if (!user.has(Role.COORDINATOR)) {
            throw new ForbiddenException("Coordinators watch overdue cases");
        }
        java.time.Instant now = clock.instant();
        List<fi.silta.referrals.api.OverdueCase> result = new ArrayList<>();
        for (Referral r : referrals.openAssigned(counties())) {
            String reason = null;
            if (r.lastContactAt() == null && r.assignedAt().plus(config.firstContactWithin()).isBefore(now)) {
                reason = "NO_CONTACT";
            } else if (r.status() != ReferralStatus.REQUESTED && r.step() != CaseStep.ATTENDED
                    && r.step() != CaseStep.FOLLOW_UP_DONE
                    && r.assignedAt().plus(config.attendanceWithin()).isBefore(now)) {
                reason = "NO_ATTENDANCE";
            }
            if (reason != null) {
                access.record(Trail.CLIENT_DATA,
                        AuditEntry.of(user.username(), role(), "list-overdue", "referral", r.id()).purpose(PURPOSE));
                result.add(new fi.silta.referrals.api.OverdueCase(r.id(), r.status().code(), r.assignedTo(),
                        r.assignedAt(), r.lastContactAt(), reason,
                        java.time.Duration.between(r.assignedAt(), now).toDays()));
            }
        }
        return result;
    }

    /**
     * Pseudonymises referrals closed longer than {@code silta.referrals.pseudonymise-after} ago, with their
     * contact notes; the access log keeps every entry. Runs nightly; returns how many were pseudonymised.
     */
    @Transactional
    public int pseudonymiseClosed() {
        java.time.Instant now = clock.instant();
        int count = 0;
        for (Referral referral : referrals.closedBefore(now.minus(config.pseudonymiseAfter()))) {
            referral.pseudonymise(now);
            referrals.contacts(referral.id()).forEach(ReferralContact::forgetNote);
            access.record(Trail.CLIENT_DATA, AuditEntry.of("system", "retention", "pseudonymise", "referral", referral.id())
                    .purpose("retention period ended"));
            count++;
        }
        return count;
    }

    static fi.silta.referrals.api.ContactView contactView(ReferralContact c) {
        return new fi.silta.referrals.api.ContactView(c.id(), c.kind().name(), c.contactedOn(), c.note(),
                c.recordedBy(), c.recordedAt());
    }

    /**
     * The nurse chooses the activities to suggest to the client (published ones only), optionally one
     * session of them.
     */
    @Transactional
    public ReferralView suggestActivities(long id, List<Long> activityIds, Long occurrenceId) {
        Referral referral = readable(id, "suggest-activities");
        // The nurse suggests; the link-person plans with the client (activity and session).
        if (!(user.has(Role.NURSE) && user.username().equals(referral.nurse())) && !isTarget(referral)) {
            deny(id, "suggest-activities");
        }
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral is not changed");
        }
        List<Long> ids = activityIds == null ? List.of() : activityIds.stream().distinct().toList();
        if (ids.size() > 20) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Too many activities",
                    List.of(new FieldError("activityIds", "too-many", "At most 20 activities")));
        }
        for (Long activityId : ids) {
            if (activityId == null || catalogue.publishedExists(activityId) == false) {
                throw new ProblemException(400, "invalid-input", "Invalid input", "Not a published activity",
                        List.of(new FieldError("activityIds", "unknown-activity", "Not a published activity")));
            }
        }
        if (occurrenceId != null && ids.stream().noneMatch(a -> catalogue.hasOccurrence(a, occurrenceId))) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Not a session of these activities",
                    List.of(new FieldError("occurrenceId", "unknown-session",
                            "The session must belong to a suggested activity")));
        }
        referral.suggest(new LinkedHashSet<>(ids), occurrenceId);
        event(referral, referral.status(), referral.status(), null, "activities suggested");
        access.record(Trail.CLIENT_DATA,
                AuditEntry.of(user.username(), role(), "suggest-activities", "referral", id).purpose(PURPOSE));
        return view(referral);
    }

    /** The statuses this user may move the referral to now, for the buttons a page shows. */
    @Transactional
    public List<ReferralStatus> allowedMoves(long id) {
        Referral referral = readable(id, "read");
        List<ReferralStatus> moves = new ArrayList<>();
        for (ReferralStatus next : ReferralStatus.values()) {
            if (referral.status().canMoveTo(next) && mayMove(referral, next)) {
                moves.add(next);
            }
        }
        return moves;
    }

    /** Whether this user works the case (records contacts and steps). */
    @Transactional
    public boolean worksOn(long id) {
        return isTarget(readable(id, "read"));
    }

    // Access

    private Referral readable(long id, String action) {
        Referral referral = referrals.findByIdOptional(id).orElse(null);
        if (referral == null) {
            throw ProblemException.notFound("The referral");
        }
        if (!canRead(referral)) {
            deny(id, action);
        }
        return referral;
    }

    private boolean canRead(Referral referral) {
        String me = user.username();
        return (user.has(Role.NURSE) && me.equals(referral.nurse()))
                || (user.has(Role.LINK_PERSON) && me.equals(referral.assignedTo()))
                || (user.has(Role.COORDINATOR) && counties().contains(referral.county().code()));
    }

    /** The referral's target: its assigned link-person, or its nurse when it asks for no link-person. */
    private boolean isTarget(Referral referral) {
        return (user.has(Role.LINK_PERSON) && user.username().equals(referral.assignedTo()))
                || (!referral.linkPersonNeeded() && user.has(Role.NURSE) && user.username().equals(referral.nurse()));
    }

    private boolean mayMove(Referral referral, ReferralStatus next) {
        boolean requester = user.has(Role.NURSE) && user.username().equals(referral.nurse());
        boolean coordinator = user.has(Role.COORDINATOR) && counties().contains(referral.county().code());
        boolean target = isTarget(referral);
        return switch (next) {
            case DRAFT -> false;
            case REQUESTED, ENTERED_IN_ERROR -> requester;
            case ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> target;
            case REJECTED -> target || coordinator;
            case CANCELLED -> requester || coordinator || target;
        };
    }

    private void deny(long id, String action) {
        access.recordRefusal(Trail.CLIENT_DATA, AuditEntry.of(user.username(), role(), action, "referral", id).purpose(PURPOSE)
                .outcome(AuditEntry.Outcome.DENIED));
        throw new ForbiddenException("Not allowed for this referral");
    }

    /** The counties a coordinator works for: from the token's claim, else the deployment's county. */
    private Set<String> counties() {
        return Set.of(config.defaultCounty());
    }

    private String role() {
        for (String role : List.of(Role.COORDINATOR, Role.LINK_PERSON, Role.NURSE, Role.ADMIN, Role.PUBLISHER)) {
            if (user.has(role)) {
                return role;
            }
        }
        return "none";
    }

    private void event(Referral referral, ReferralStatus from, ReferralStatus to, CaseStep step, String reason) {
        referrals.record(new ReferralEvent(referral.id(), clock.instant(), user.username(), role(), from, to, step,
                reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000)));
    }

    ReferralView view(Referral r) {
        List<ReferralView.EventView> history = referrals.events(r.id()).stream()
                .map(e -> new ReferralView.EventView(e.occurredAt(), e.actor(), e.role(),
                        e.from() == null ? null : e.from().code(), e.to() == null ? null : e.to().code(),
                        e.step() == null ? null : e.step().name(), e.reason()))
                .toList();
        return new ReferralView(r.id(), r.status().code(), r.step() == null ? null : r.step().name(),
                r.outcome() == null ? null : r.outcome().name(),
                new ReferralView.ClientView(r.firstName(), r.lastName(), r.identityCode(), r.birthYear(), r.phone(),
                        r.email(), r.language().code(), r.interpreterNeeded()),
                r.municipality().code(), r.context().name(), r.needs().stream().map(Enum::name).sorted().toList(),
                r.interests(), r.consents().stream().map(c -> new ReferralView.ConsentView(c.recipient().name(),
                        c.given(), c.recordedAt(), c.recordedBy())).toList(),
                List.copyOf(r.activityIds()), r.occurrenceId(), r.linkPersonNeeded(), r.linkPersonReason(),
                r.urgency().name(), r.nurse(), r.unit(), r.assignedTo(), r.assignedAt(), r.lastContactAt(),
                r.followUpOn(), r.createdAt(), r.updatedAt(), r.closedAt(), r.version(), history);
    }

    private static <E extends Enum<E>> E choice(List<FieldError> errors, String field, Class<E> type, String value,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "required", "Choose one"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "invalid-choice", "Not one of the choices"));
            return null;
        }
    }

    private static String required(List<FieldError> errors, String field, String value, int max) {
        String cleaned = Inputs.clean(value);
        if (cleaned == null) {
            errors.add(new FieldError(field, "required", "This is needed"));
        } else if (cleaned.length() > max) {
            errors.add(new FieldError(field, "too-long", "At most " + max + " characters"));
        }
        return cleaned;
    }

}
