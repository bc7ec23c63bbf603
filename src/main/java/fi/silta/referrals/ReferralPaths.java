package fi.silta.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.referrals.api.FallingOffCase;
import fi.silta.referrals.api.FallingOffCase.Flag;
import fi.silta.referrals.api.FallingOffRules;
import fi.silta.referrals.api.PathEntry;
import fi.silta.security.Role;

/**
 * A client's path through their referrals and the cases whose client may be falling off it. Every read goes through
 * {@link ReferralAccess} like any other and is written to the client access log; the reasons and notes typed about
 * the client are never read here.
 */
@ApplicationScoped
public class ReferralPaths {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final Clock clock;

    ReferralPaths(ReferralRepository referrals, ReferralAccess access, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The path of the client of this referral: every referral of theirs this user may read (found by the identity
     * code's keyed hash; only this one when the client has no code), with each one's events and, where this user
     * may read them, contacts, in time order.
     */
    @Transactional
    public List<PathEntry> path(long referralId) {
        Referral referral = access.readable(referralId, "path");
        String index = referrals.getEntityManager()
                .createQuery("select r.identityCodeIndex from Referral r where r.id = :id", String.class)
                .setParameter("id", referralId).getSingleResult();
        List<Referral> theirs = index == null ? List.of(referral)
                : referrals.withIdentityCodeIndex(index).stream().filter(access::mayRead).toList();
        List<PathEntry> entries = new ArrayList<>();
        for (Referral one : theirs) {
            access.logged(one.id(), "path");
            for (Object[] e : events(List.of(one.id()))) {
                entries.add(entry(one.id(), e));
            }
            if (access.mayReadContacts(one)) {
                for (ReferralContact contact : referrals.contacts(one.id())) {
                    entries.add(new PathEntry(contact.recordedAt(), one.id(), contact.recordedBy(), Role.LINK_PERSON,
                            PathEntry.Kind.CONTACT, null, null, null, contact.kind()));
                }
            }
        }
        entries.sort(Comparator.comparing(PathEntry::at).thenComparing(PathEntry::referralId));
        return entries;
    }

    /** The county's open cases sent to the link-person service whose path raises a flag under these rules. */
    @Transactional
    @RolesAllowed(Role.COORDINATOR)
    public List<FallingOffCase> fallingOff(FallingOffRules rules) {
        List<Referral> open = referrals.sentToLinkPersonService(access.counties()).stream()
                .filter(r -> !r.status().terminal()).filter(access::mayRead).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Long> ids = open.stream().map(Referral::id).toList();
        Map<Long, Integer> contacts = new HashMap<>();
        for (Object[] row : referrals.getEntityManager().createQuery(
                "select c.referralId, count(c) from ReferralContact c where c.referralId in :ids group by c.referralId",
                Object[].class).setParameter("ids", ids).getResultList()) {
            contacts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Integer> missed = sessionsMissed(ids);
        Map<Long, List<Object[]>> events = new HashMap<>();
        for (Object[] e : events(ids)) {
            events.computeIfAbsent(((Number) e[0]).longValue(), id -> new ArrayList<>()).add(e);
        }
        Instant now = clock.instant();
        List<FallingOffCase> result = new ArrayList<>();
        for (Referral referral : open) {
            List<Object[]> history = events.getOrDefault(referral.id(), List.of());
            int contacted = contacts.getOrDefault(referral.id(), 0);
            Instant last = referral.updatedAt();
            for (Object[] e : history) {
                Instant at = instant(e[1]);
                last = at.isAfter(last) ? at : last;
            }
            long silentDays = Duration.between(last, now).toDays();
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            boolean reached = referral.step() != null;
            if (!reached && contacted >= rules.contactAttempts()) {
                flags.add(Flag.NOT_REACHED);
            }
            if (referral.assignedTo() == null) {
                if (history.stream().anyMatch(ReferralPaths::isReturn)) {
                    flags.add(Flag.RETURNED);
                }
                if (silentDays >= rules.unassignedDays()) {
                    flags.add(Flag.WAITING_UNASSIGNED);
                }
            } else if (silentDays >= rules.silentDays()) {
                flags.add(Flag.NO_STEP);
            }
            int notCome = missed.getOrDefault(referral.id(), 0);
            if (notCome >= rules.sessionsMissed()) {
                flags.add(Flag.SESSIONS_MISSED);
            }
            if (!flags.isEmpty()) {
                access.logged(referral.id(), "list-falling-off");
                result.add(new FallingOffCase(referral.id(), referral.municipality().code(), referral.status(),
                        referral.step(), referral.assignedTo(), contacted, last, silentDays, notCome, flags));
            }
        }
        result.sort(Comparator.comparing(FallingOffCase::lastActivityAt));
        return result;
    }

    /**
     * Per referral, the sessions with a held place the organiser marked as not come to, since the last session the
     * client came to (the client who came once and then stopped is falling off as much as one who never came).
     */
    private Map<Long, Integer> sessionsMissed(List<Long> ids) {
        Map<Long, Integer> missed = new HashMap<>();
        for (HeldPlace place : referrals.getEntityManager()
                .createQuery("from HeldPlace p where p.referralId in :ids and p.status in :marked order by p.startsAt",
                        HeldPlace.class)
                .setParameter("ids", ids).setParameter("marked", List.of(PlaceStatus.ATTENDED, PlaceStatus.NOT_ATTENDED))
                .getResultList()) {
            missed.merge(place.referralId(), place.status() == PlaceStatus.NOT_ATTENDED ? 1 : 0,
                    (before, now) -> now == 0 ? 0 : before + now);
        }
        return missed;
    }

    /** A link-person giving an unaccepted case back: an event of theirs that keeps the status requested. */
    private static boolean isReturn(Object[] e) {
        return Role.LINK_PERSON.equals(e[5]) && "REQUESTED".equals(e[2]) && "REQUESTED".equals(e[3]) && e[4] == null;
    }

    private static PathEntry entry(long referralId, Object[] e) {
        ReferralStatus from = e[2] == null ? null : ReferralStatus.valueOf((String) e[2]);
        ReferralStatus to = e[3] == null ? null : ReferralStatus.valueOf((String) e[3]);
        CaseStep step = e[4] == null ? null : CaseStep.valueOf((String) e[4]);
        PathEntry.Kind kind;
        if (step != null) {
            kind = PathEntry.Kind.STEP;
        } else if (from == null) {
            kind = PathEntry.Kind.WRITTEN;
        } else if (from == to) {
            kind = PathEntry.Kind.HANDOVER;
        } else {
            kind = PathEntry.Kind.STATUS;
        }
        return new PathEntry(instant(e[1]), referralId, (String) e[6], (String) e[5], kind, from, to, step, null);
    }

    /** The events of the referrals without their reasons (client data): id, time, from, to, step, role, actor. */
    @SuppressWarnings("unchecked")
    private List<Object[]> events(List<Long> ids) {
        EntityManager em = referrals.getEntityManager();
        return em.createNativeQuery("""
                select referral_id, occurred_at, from_status, to_status, step, role, actor from referral_event
                where referral_id in (:ids) order by occurred_at, id""").setParameter("ids", ids).getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
