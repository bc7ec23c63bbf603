package fi.silta.referrals;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import fi.silta.catalogue.HeldPlaces;

/** Places held for referred clients; the catalogue reads the counts through {@link HeldPlaces}. */
@ApplicationScoped
public class HeldPlaceRepository implements PanacheRepository<HeldPlace>, HeldPlaces {

    private static final List<PlaceStatus> TAKEN = List.of(PlaceStatus.HELD, PlaceStatus.CONFIRMED,
            PlaceStatus.ATTENDED);
    private static final List<PlaceStatus> EXPECTED = List.of(PlaceStatus.HELD, PlaceStatus.CONFIRMED);

    @Override
    public Map<Long, Long> heldIn(Collection<Long> occurrenceIds) {
        Map<Long, Long> held = new HashMap<>();
        if (occurrenceIds.isEmpty()) {
            return held;
        }
        getEntityManager().createQuery("select p.occurrenceId, count(p) from HeldPlace p "
                + "where p.occurrenceId in :ids and p.status in :taken group by p.occurrenceId", Object[].class)
                .setParameter("ids", occurrenceIds).setParameter("taken", TAKEN).getResultList()
                .forEach(row -> held.put((Long) row[0], (Long) row[1]));
        return held;
    }

    /** The places of one referral, the latest first. */
    public List<HeldPlace> ofReferral(long referralId) {
        return list("referralId = ?1 order by createdAt desc, id desc", referralId);
    }

    /** The place the client is still expected in, if any. */
    public Optional<HeldPlace> expectedOf(long referralId) {
        return find("referralId = ?1 and status in ?2 order by createdAt desc", referralId, EXPECTED)
                .firstResultOptional();
    }

    /** Locks the session's row so that two holds cannot both take its last place. */
    public void lockSession(long occurrenceId) {
        getEntityManager().createNativeQuery("select id from occurrence where id = ?1 for update")
                .setParameter(1, occurrenceId).getResultList();
    }

    public long taken(long occurrenceId) {
        return count("occurrenceId = ?1 and status in ?2", occurrenceId, TAKEN);
    }

    /** Unconfirmed holds past their time. */
    public List<HeldPlace> expiredBy(Instant now) {
        return list("status = ?1 and heldUntil <= ?2", PlaceStatus.HELD, now);
    }

    /** Places whose client is expected at a session not yet over. */
    public List<HeldPlace> expectedAfter(Instant from) {
        return list("status in ?1 and endsAt > ?2", EXPECTED, from);
    }

    public Optional<HeldPlace> byCode(String code) {
        return find("checkInCode", code).firstResultOptional();
    }

    /** The organisations' places in sessions that end after {@code from}, soonest first. */
    public List<HeldPlace> ofOrganisations(Collection<Long> organisations, Instant from) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return list("organisationId in ?1 and endsAt > ?2 and status in ?3 order by startsAt, id", organisations,
                from, List.of(PlaceStatus.HELD, PlaceStatus.CONFIRMED, PlaceStatus.ATTENDED,
                        PlaceStatus.NOT_ATTENDED));
    }

    /** Expected places in sessions that start within the window and whose client was not reminded. */
    public List<HeldPlace> dueForReminder(Instant from, Instant until) {
        return list("status in ?1 and remindedAt is null and startsAt > ?2 and startsAt <= ?3", EXPECTED, from,
                until);
    }
}
