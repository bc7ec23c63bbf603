package fi.silta.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.referrals.api.ReferralFact;
import fi.silta.referrals.api.WellbeingChange;
import fi.silta.referrals.api.WellbeingView;

/**
 * The referrals of the deployment's county as statistics see them, for the reports: one read, in one place, of
 * what the referral path recorded. Only referrals whose client consented to anonymous statistics are read, never
 * drafts nor those entered in error; the queries select codes and times only, so no client data is decrypted and
 * nothing here is written to the client access log. The one exception is the wellbeing self-report, whose answers
 * are decrypted here to give the change of each referral's scores, and only the change leaves this class.
 */
@ApplicationScoped
public class ReferralStatistics {

    private final ReferralRepository referrals;
    private final ReferralAccess access;

    ReferralStatistics(ReferralRepository referrals, ReferralAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    /**
     * The wellbeing services counties whose figures the signed-in reader sees: their token's, else the
     * deployment's. Every report is of these counties only, so a county's staff never see another's figures.
     */
    public Set<String> counties() {
        return access.counties();
    }

    /** The county's referrals written in {@code [from, to)} whose client consented to statistics. */
    @Transactional
    public List<ReferralFact> facts(Instant from, Instant to) {
        EntityManager em = referrals.getEntityManager();
        List<Object[]> rows = em.createQuery("""
                select r.id, r.createdAt, r.municipality.code, r.context, r.urgency, r.linkPersonNeeded, r.status,
                       r.outcome, r.closedAt
                from Referral r join r.consents c
                where c.recipient = :statistics and c.given = true and r.county.code in :counties
                  and r.status not in :left and r.createdAt >= :from and r.createdAt < :to
                order by r.createdAt, r.id""", Object[].class)
                .setParameter("statistics", ConsentRecipient.ANONYMOUS_STATISTICS)
                .setParameter("counties", access.counties())
                .setParameter("left", List.of(ReferralStatus.DRAFT, ReferralStatus.ENTERED_IN_ERROR))
                .setParameter("from", from).setParameter("to", to).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Set<Need>> needs = new HashMap<>();
        for (Object[] row : em.createQuery("select r.id, n from Referral r join r.needs n where r.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            needs.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Need.class)).add((Need) row[1]);
        }
        Map<Long, Map<Object, Instant>> firsts = new HashMap<>();
        // The reason of an event is client data: only the statuses, the step and the time are selected.
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("""
                select referral_id, occurred_at, from_status, to_status, step from referral_event
                where referral_id in (:ids) order by occurred_at, id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : events) {
            Map<Object, Instant> first = firsts.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>());
            Instant at = instant(row[1]);
            if (row[4] != null) {
                first.putIfAbsent(CaseStep.valueOf((String) row[4]), at);
            } else if (row[3] != null && !row[3].equals(row[2])) {
                first.putIfAbsent(ReferralStatus.valueOf((String) row[3]), at);
            }
        }
        List<ReferralFact> facts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            Map<Object, Instant> first = firsts.getOrDefault(id, Map.of());
            Outcome outcome = (Outcome) row[7];
            Instant closedAt = (Instant) row[8];
            Instant attended = first.get(CaseStep.ATTENDED);
            if (attended == null && outcome == Outcome.ATTENDED) {
                attended = closedAt;
            }
            facts.add(new ReferralFact(first.getOrDefault(ReferralStatus.REQUESTED, (Instant) row[1]), (String) row[2],
                    (ReferralContext) row[3], needs.getOrDefault(id, Set.of()), (Urgency) row[4], (Boolean) row[5],
                    (ReferralStatus) row[6], outcome, first.get(ReferralStatus.ACCEPTED),
                    first.get(CaseStep.FIRST_CONTACT),
                    earliest(first.get(CaseStep.ACTIVITY_AGREED), first.get(CaseStep.ACCOMPANIED_VISIT_PLANNED)),
                    attended, first.get(CaseStep.FOLLOW_UP_DONE), closedAt));
        }
        return facts;
    }

    /**
     * The change of the self-report's scores of the county's referrals sent in {@code [from, to)} whose client
     * consented to statistics and answered both at the start and at follow-up.
     */
    @Transactional
    public List<WellbeingChange> wellbeingChanges(Instant from, Instant to) {
        List<Object[]> rows = referrals.getEntityManager().createQuery("""
                select r.id, r.createdAt, r.municipality.code
                from Referral r join r.consents c
                where c.recipient = :statistics and c.given = true and r.county.code in :counties
                  and r.status not in :left and r.createdAt >= :from and r.createdAt < :to
                  and exists (select 1 from WellbeingAnswer s where s.referralId = r.id and s.round = :start)
                  and exists (select 1 from WellbeingAnswer f where f.referralId = r.id and f.round = :followUp)
                order by r.createdAt, r.id""", Object[].class)
                .setParameter("statistics", ConsentRecipient.ANONYMOUS_STATISTICS)
                .setParameter("counties", access.counties())
                .setParameter("left", List.of(ReferralStatus.DRAFT, ReferralStatus.ENTERED_IN_ERROR))
                .setParameter("start", SelfReportRound.START).setParameter("followUp", SelfReportRound.FOLLOW_UP)
                .setParameter("from", from).setParameter("to", to).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<SelfReportRound, WellbeingView>> answers = new HashMap<>();
        for (WellbeingAnswer answer : referrals.getEntityManager()
                .createQuery("from WellbeingAnswer a where a.referralId in :ids", WellbeingAnswer.class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList()).getResultList()) {
            answers.computeIfAbsent(answer.referralId(), id -> new HashMap<>()).put(answer.round(),
                    WellbeingService.view(answer));
        }
        List<WellbeingChange> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            WellbeingView start = answers.get((Long) row[0]).get(SelfReportRound.START);
            WellbeingView followUp = answers.get((Long) row[0]).get(SelfReportRound.FOLLOW_UP);
            changes.add(new WellbeingChange((String) row[2], (Instant) row[1],
                    followUp.who5Percent() - start.who5Percent(), followUp.ucla3Score() - start.ucla3Score()));
        }
        return changes;
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

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
