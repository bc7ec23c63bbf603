package fi.silta.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.AssignmentInput;
import fi.silta.referrals.api.OverdueCase;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.ReturnInput;
import fi.silta.referrals.api.Suggestion;
import fi.silta.referrals.api.Waiting;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * The work on referrals as a whole: each user's list (a nurse's own referrals, a link-person's cases, a
 * coordinator's county), assigning cases to link-persons with suggestions of who could take them, giving a case
 * back, and the cases that stall before the client falls off the path.
 */
@ApplicationScoped
public class CaseloadService {

    private final ReferralRepository referrals;
    private final LinkPersonRepository linkPersons;
    private final ReferralAccess access;
    private final ReferralMapper mapper;
    private final AuditLog log;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<ReferralNotifier.Assigned> assigned;

    CaseloadService(ReferralRepository referrals, LinkPersonRepository linkPersons, ReferralAccess access,
            ReferralMapper mapper, AuditLog log, CurrentUser user, Clock clock,
            Event<ReferralNotifier.Assigned> assigned) {
        this.referrals = referrals;
        this.linkPersons = linkPersons;
        this.access = access;
        this.mapper = mapper;
        this.log = log;
        this.user = user;
        this.clock = clock;
        this.assigned = assigned;
    }

    /**
     * The referrals this user works with: a nurse's own, a link-person's cases, a coordinator's county as sent to
     * the link-person service. Each is let through the same check as a read; each one listed is written to the
     * access log.
     */
    @Transactional
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    public List<ReferralRow> list() {
        List<Referral> candidates;
        if (user.has(Role.COORDINATOR)) {
            candidates = referrals.sentToLinkPersonService(access.counties());
        } else if (user.has(Role.LINK_PERSON)) {
            candidates = referrals.assignedTo(user.username());
        } else {
            candidates = referrals.ofNurse(user.username());
        }
        List<Referral> visible = candidates.stream().filter(access::mayRead).toList();
        visible.forEach(referral -> access.logged(referral.id(), "list"));
        Instant now = clock.instant();
        return visible.stream().map(referral -> mapper.row(referral, now)).toList();
    }

    /**
     * How much work waits for this user, for the staff home page. Counts only, so nothing of a client is read out
     * and the access log gets no entry.
     */
    @Transactional
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    public Waiting waiting() {
        Instant now = clock.instant();
        if (user.has(Role.COORDINATOR)) {
            List<Referral> county = referrals.sentToLinkPersonService(access.counties()).stream()
                    .filter(access::mayRead).toList();
            long queued = county.stream().map(r -> mapper.row(r, now)).filter(ReferralRow::queued).count();
            long overdue = county.stream().filter(r -> r.assignedTo() != null && mapper.overdue(r, now) != null)
                    .count();
            return new Waiting(queued, overdue, 0, 0);
        }
        if (user.has(Role.LINK_PERSON)) {
            List<Referral> mine = referrals.assignedTo(user.username()).stream().filter(r -> !r.status().terminal())
                    .toList();
            long fresh = mine.stream().filter(r -> r.status() == ReferralStatus.REQUESTED).count();
            long overdue = mine.stream().filter(r -> mapper.overdue(r, now) != null).count();
            return new Waiting(0, overdue, fresh, mine.size());
        }
        long open = referrals.ofNurse(user.username()).stream().filter(r -> !r.status().terminal()).count();
        return new Waiting(0, 0, 0, open);
    }

    /** The coordinator gives the case to a link-person, or to another one; the link-person hears of it by email. */
    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public ReferralView assign(long id, @Valid @NotNull AssignmentInput input) {
        Referral referral = access.readable(id, "assign");
        access.require(access.isCoordinatorOf(referral), referral, "assign");
        try {
            referral.assignTo(input.linkPerson(), user.username(), clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        access.recordEvent(referral, EventKind.ASSIGNED, referral.status(), referral.status(), null, null,
                input.linkPerson());
        access.logged(id, "assign");
        assigned.fire(new ReferralNotifier.Assigned(id,
                linkPersons.findByIdOptional(input.linkPerson()).map(LinkPerson::email).orElse(null)));
        return view(referral);
    }

    /** The assigned link-person gives a case not yet accepted back to the coordinator's queue. */
    @Transactional
    @RolesAllowed(Role.LINK_PERSON)
    public ReferralView giveBack(long id, @Valid @NotNull ReturnInput input) {
        Referral referral = access.readable(id, "return");
        access.require(access.isAssignee(referral), referral, "return");
        try {
            referral.returnToQueue(clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        access.recordEvent(referral, EventKind.RETURNED, referral.status(), referral.status(), null, input.reason(),
                null);
        access.logged(id, "return");
        return view(referral);
    }

    /**
     * The county's cases that stall: assigned without a first contact within
     * {@code silta.referrals.first-contact-within}, or accepted without attendance within
     * {@code silta.referrals.attendance-within}.
     */
    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public List<OverdueCase> overdue() {
        Instant now = clock.instant();
        List<OverdueCase> result = new ArrayList<>();
        for (Referral referral : referrals.openAssigned(access.counties())) {
            OverdueCase overdue = access.mayRead(referral) ? mapper.overdue(referral, now) : null;
            if (overdue != null) {
                access.logged(referral.id(), "list-overdue");
                result.add(overdue);
            }
        }
        return result;
    }

    /**
     * Who could take the case, best first: those who cover the client's municipality, then those who speak the
     * client's language, then the most room in their caseload; full caseloads last.
     */
    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public List<Suggestion> suggestions(long referralId) {
        Referral referral = access.readable(referralId, "suggest");
        access.require(access.isCoordinatorOf(referral), referral, "suggest");
        log.record(Trail.CLIENT_DATA, AuditEntry.of(user.username(), Role.COORDINATOR, "suggest", "referral",
                referralId).purpose("assigning a link-person"));
        String municipality = referral.municipality().code();
        String language = referral.client().language().code();
        return linkPersons.listAll().stream().filter(LinkPerson::active)
                .map(p -> new Suggestion(p.username(), p.displayName(), p.municipalities().contains(municipality),
                        p.languages().contains(language), referrals.openCasesOf(p.username()), p.capacity()))
                .sorted(Comparator.comparing((Suggestion s) -> s.openCases() >= s.capacity())
                        .thenComparing(s -> !s.coversMunicipality())
                        .thenComparing(s -> !s.speaksLanguage())
                        .thenComparing(s -> s.openCases() - s.capacity()))
                .toList();
    }

    private ReferralView view(Referral referral) {
        return mapper.view(referral, referrals.events(referral.id()), access.sight(referral));
    }
}
