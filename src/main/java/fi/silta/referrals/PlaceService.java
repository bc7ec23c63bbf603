package fi.silta.referrals;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.api.SessionFacts;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.AttendanceInput;
import fi.silta.referrals.api.CheckInInput;
import fi.silta.referrals.api.CheckInResult;
import fi.silta.referrals.api.OrganiserSession;
import fi.silta.referrals.api.PlaceView;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Places held in sessions for referred clients, and the organiser's side of the loop: a referral that plans a
 * session holds a place in it (refused when the session is full), the place expires unless the client agrees to
 * come, and it is given back when the referral closes or another session is planned. The organiser sees the
 * places held in their sessions, and the referred participants whose consent includes them, and records who
 * came: by marking them or by the client's check-in code. Attendance completes the referral.
 */
@ApplicationScoped
public class PlaceService {

    /** Check-in code characters: no 0/O, 1/I, so a code read aloud or typed from paper comes out right. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;
    private static final String CHECK_IN_ACTOR = "check-in";

    private final HeldPlaceRepository places;
    private final ReferralRepository referrals;
    private final LinkPersonRepository linkPersons;
    private final CatalogueService catalogue;
    private final ReferralAccess access;
    private final PlacesConfig config;
    private final CurrentUser user;
    private final AuditLog log;
    private final Clock clock;
    private final Event<PlaceNotifier.PlaceEvent> notices;
    private final Event<ReferralNotifier.Closed> closed;
    private final SecureRandom random = new SecureRandom();

    PlaceService(HeldPlaceRepository places, ReferralRepository referrals, LinkPersonRepository linkPersons,
            CatalogueService catalogue,
            ReferralAccess access, PlacesConfig config, CurrentUser user, AuditLog log, Clock clock,
            Event<PlaceNotifier.PlaceEvent> notices, Event<ReferralNotifier.Closed> closed) {
        this.places = places;
        this.referrals = referrals;
        this.linkPersons = linkPersons;
        this.catalogue = catalogue;
        this.access = access;
        this.config = config;
        this.user = user;
        this.log = log;
        this.clock = clock;
        this.notices = notices;
        this.closed = closed;
    }

    /**
     * The referral plans the session (or none): a place is held in it, and the place held in another session is
     * given back. A session that is called off or full is refused at the field, as 400.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void plan(Referral referral, Long occurrenceId) {
        Instant now = clock.instant();
        Optional<HeldPlace> current = places.expectedOf(referral.id());
        if (current.isPresent() && occurrenceId != null && occurrenceId.equals(current.get().occurrenceId())) {
            return;
        }
        current.ifPresent(place -> place.release(PlaceStatus.RELEASED, now));
        if (occurrenceId == null) {
            return;
        }
        SessionFacts session = catalogue.session(occurrenceId)
                .orElseThrow(() -> InvalidInput.at("occurrenceId", "unknown-session", "No such session"));
        if (session.cancelled() || !session.start().isAfter(now)) {
            throw InvalidInput.at("occurrenceId", "session-not-open", "The session is called off or over");
        }
        places.lockSession(occurrenceId);
        if (session.capacity() != null && places.taken(occurrenceId) >= session.capacity()) {
            throw InvalidInput.at("occurrenceId", "session-full", "The session has no places left");
        }
        HeldPlace place = new HeldPlace(referral.id(), session, newCode(), now.plus(config.holdFor()),
                session.end().plus(config.checkInAfterEnd()), referral.client().interpreterNeeded(), now);
        places.persist(place);
        referrals.record(event(referral, now, EventKind.PLACE, "held"));
    }

    /** The client agreed to come: the place stays until the session. */
    @Transactional(Transactional.TxType.MANDATORY)
    void confirm(Referral referral, boolean accompanied) {
        places.expectedOf(referral.id()).ifPresent(place -> place.confirm(accompanied, clock.instant()));
    }

    /** The referral closed (the client declined, or anything else): its place goes back. */
    @Transactional(Transactional.TxType.MANDATORY)
    void releaseFor(Referral referral) {
        places.expectedOf(referral.id()).ifPresent(place -> place.release(PlaceStatus.RELEASED, clock.instant()));
    }

    /** The places of a referral the user may read, the latest first. */
    @Transactional
    public List<PlaceView> ofReferral(long referralId) {
        access.readable(referralId, "read-places");
        return places.ofReferral(referralId).stream().map(PlaceService::view).toList();
    }

    /** Unconfirmed holds past their time give their places back; returns how many. */
    @Transactional
    public int expireHolds() {
        Instant now = clock.instant();
        List<HeldPlace> expired = places.expiredBy(now);
        for (HeldPlace place : expired) {
            place.release(PlaceStatus.EXPIRED, now);
            referrals.findByIdOptional(place.referralId())
                    .ifPresent(r -> referrals.record(event(r, now, EventKind.PLACE, "expired")));
        }
        return expired.size();
    }

    /**
     * Finds the planned sessions the organiser called off, moved or deleted since: the place is marked, the
     * referral's history tells it, and the nurse, the link-person and the client are told. Returns how many.
     */
    @Transactional
    public int noticeCalledOffSessions() {
        return notice(places.expectedAfter(clock.instant()));
    }

    /** The same for one referral, as its case page is opened, so the page is never behind the organiser. */
    @Transactional
    public int noticeCalledOffFor(long referralId) {
        return notice(places.expectedOf(referralId).stream().toList());
    }

    private int notice(List<HeldPlace> expected) {
        Instant now = clock.instant();
        int found = 0;
        for (HeldPlace place : expected) {
            Optional<SessionFacts> session = place.occurrenceId() == null ? Optional.empty()
                    : catalogue.session(place.occurrenceId());
            boolean gone = session.isEmpty() || session.get().cancelled()
                    || !session.get().start().equals(place.startsAt());
            if (gone && place.release(PlaceStatus.CALLED_OFF, now)) {
                found++;
                Referral referral = referrals.findById(place.referralId());
                if (referral != null) {
                    referrals.record(event(referral, now, EventKind.PLACE, "called-off"));
                    notices.fire(PlaceNotifier.PlaceEvent.of(PlaceNotifier.Kind.CALLED_OFF, referral, place,
                            linkPersonEmail(referral)));
                }
            }
        }
        return found;
    }

    /** The organiser's sessions to come with the places held in them; participants only with their consent. */
    @Transactional
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public List<OrganiserSession> organiserSessions() {
        Instant from = clock.instant().minus(config.checkInAfterEnd());
        Map<String, List<HeldPlace>> bySession = new LinkedHashMap<>();
        for (HeldPlace place : places.ofOrganisations(user.organisationIds(), from)) {
            bySession.computeIfAbsent(place.activityId() + "@" + place.startsAt(), k -> new ArrayList<>()).add(place);
        }
        List<OrganiserSession> sessions = new ArrayList<>();
        for (List<HeldPlace> held : bySession.values()) {
            HeldPlace first = held.get(0);
            List<OrganiserSession.Participant> participants = new ArrayList<>();
            for (HeldPlace place : held) {
                Referral referral = referrals.findById(place.referralId());
                if (referral != null && referral.consented(ConsentRecipient.ACTIVITY_ORGANISER)) {
                    participants.add(new OrganiserSession.Participant(place.id(), referral.client().firstName(),
                            place.companion(), place.interpreter(), place.status()));
                    access.logged(referral.id(), "organiser-list");
                }
            }
            sessions.add(new OrganiserSession(first.activityId(), first.occurrenceId(), first.startsAt(),
                    first.endsAt(), held.size(), participants));
        }
        return sessions;
    }

    /** How many places are held in the organiser's sessions to come; a count reads no client data. */
    @Transactional
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public int heldForOrganiser() {
        return (int) places.ofOrganisations(user.organisationIds(), clock.instant()).stream()
                .filter(p -> p.status().expected()).count();
    }

    /**
     * The organiser marks a participant who consented to them as come or not come; attendance completes the
     * referral, and the link-person hears of both.
     */
    @Transactional
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public void markAttendance(long placeId, @Valid @NotNull AttendanceInput input) {
        HeldPlace place = places.findByIdOptional(placeId).orElse(null);
        Referral referral = place == null ? null : referrals.findById(place.referralId());
        if (referral == null || !user.publishesFor(place.organisationId())
                || !referral.consented(ConsentRecipient.ACTIVITY_ORGANISER)) {
            refuse(placeId);
        }
        if (!place.recordAttendance(input.attended(), user.username(), clock.instant())) {
            throw ProblemException.conflict("The place is no longer expected");
        }
        attendanceRecorded(referral, place, input.attended(), user.username(), access.role());
        access.logged(referral.id(), "organiser-attendance");
    }

    /**
     * A check-in code records attendance: typed by the organiser of the session, or opened by the client from the
     * sheet's link. A code used, expired or unknown answers the same, so codes cannot be tried out.
     */
    @Transactional
    public CheckInResult checkIn(@Valid @NotNull CheckInInput input, boolean byOrganiser) {
        String code = normalise(input.code());
        HeldPlace place = places.byCode(code).orElse(null);
        Instant now = clock.instant();
        if (place == null || !place.checkInOpenAt(now)) {
            throw ProblemException.conflict("The code is not valid now");
        }
        if (byOrganiser && !user.publishesFor(place.organisationId())) {
            refuse(place.id());
        }
        Referral referral = referrals.findById(place.referralId());
        String actor = byOrganiser ? user.username() : CHECK_IN_ACTOR;
        place.recordAttendance(true, actor, now);
        attendanceRecorded(referral, place, true, actor, byOrganiser ? access.role() : CHECK_IN_ACTOR);
        return new CheckInResult(true, place.activityId(), place.startsAt());
    }

    /** Whether a check-in code can be used now; the public check-in page asks before offering the button. */
    @Transactional
    public Optional<CheckInResult> openCheckIn(String code) {
        return places.byCode(normalise(code)).filter(p -> p.checkInOpenAt(clock.instant()))
                .map(p -> new CheckInResult(false, p.activityId(), p.startsAt()));
    }

    private void attendanceRecorded(Referral referral, HeldPlace place, boolean attended, String actor,
            String role) {
        Instant now = clock.instant();
        if (attended && !referral.status().terminal() && referral.status() != ReferralStatus.DRAFT) {
            ReferralStatus before = referral.status();
            if (before == ReferralStatus.REQUESTED) {
                referral.moveTo(ReferralStatus.ACCEPTED, null, now);
            }
            referral.reachStep(CaseStep.ATTENDED, now);
            referral.moveTo(ReferralStatus.COMPLETED, Outcome.ATTENDED, now);
            referrals.record(new ReferralEvent(referral.id(), now, actor, role, before, ReferralStatus.COMPLETED,
                    CaseStep.ATTENDED, null, EventKind.ATTENDANCE, "attended"));
            closed.fire(new ReferralNotifier.Closed(referral.id(), referral.nurseEmail()));
        } else {
            referrals.record(new ReferralEvent(referral.id(), now, actor, role, referral.status(), referral.status(),
                    null, null, EventKind.ATTENDANCE, attended ? "attended" : "not-attended"));
        }
        notices.fire(PlaceNotifier.PlaceEvent.of(attended ? PlaceNotifier.Kind.ATTENDED : PlaceNotifier.Kind.NOT_ATTENDED,
                referral, place, linkPersonEmail(referral)));
    }

    /**
     * Reminds the clients of sessions starting within {@code silta.places.remind-before}, once each; only those who
     * consented to reminders get a message. Returns how many places were due.
     */
    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        List<HeldPlace> due = places.dueForReminder(now, now.plus(config.remindBefore()));
        for (HeldPlace place : due) {
            place.reminded(now);
            Referral referral = referrals.findById(place.referralId());
            if (referral != null && !referral.status().terminal()) {
                notices.fire(PlaceNotifier.PlaceEvent.of(PlaceNotifier.Kind.REMINDER, referral, place, null));
            }
        }
        return due.size();
    }

    private String linkPersonEmail(Referral referral) {
        return referral.assignedTo() == null ? null
                : linkPersons.findByIdOptional(referral.assignedTo()).map(LinkPerson::email).orElse(null);
    }

    private void refuse(long placeId) {
        log.recordRefusal(Trail.CLIENT_DATA, AuditEntry.of(user.username(), access.role(), "organiser-attendance",
                "held-place", placeId).purpose(ReferralAccess.PURPOSE).outcome(AuditEntry.Outcome.DENIED));
        throw new ForbiddenException("Not the organiser of this session");
    }

    private ReferralEvent event(Referral referral, Instant now, EventKind kind, String detail) {
        return new ReferralEvent(referral.id(), now, user.signedIn() ? user.username() : "silta",
                user.signedIn() ? access.role() : "system", referral.status(), referral.status(), null, null, kind,
                detail);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as typed or read: any case, spaces and dashes left out. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A code as printed, in two groups of five. */
    public static String printed(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    static PlaceView view(HeldPlace p) {
        return new PlaceView(p.id(), p.activityId(), p.occurrenceId(), p.startsAt(), p.endsAt(), p.status(),
                p.heldUntil(), p.checkInCode(), p.checkInUntil(), p.companion(), p.interpreter(), p.confirmedBy(),
                p.confirmedAt(), p.sessionCalledOffAt());
    }
}
