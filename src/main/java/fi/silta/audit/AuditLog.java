package fi.silta.audit;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes and reads the two audit trails, which share one record shape ({@link AuditEntry}): the change trail,
 * and the access log of client data. What succeeds is recorded in the transaction that does it, so a trail never
 * claims work that was rolled back; a refusal or conflict is recorded in a transaction of its own, so it stays
 * although the request fails.
 */
@ApplicationScoped
public class AuditLog {

    /** Which trail a record belongs to. */
    public enum Trail {
        /** Changes to the catalogue, organisations, sources and settings. */
        CHANGES,
        /** Every access to a client's data, allowed or refused. */
        CLIENT_DATA
    }

    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records a successful operation within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Trail trail, AuditEntry entry) {
        persist(trail, entry);
    }

    /** Records a refused or conflicting attempt, whatever happens to the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Trail trail, AuditEntry entry) {
        persist(trail, entry);
    }

    /** The change history of one record, newest first. */
    @Transactional
    public List<AuditEntry> history(String resourceType, long resourceId, int limit) {
        return entityManager.createQuery("from ChangeRecord where resourceType = :type and resourceId = :id"
                + " order by occurredAt desc, id desc", ChangeRecord.class).setParameter("type", resourceType)
                .setParameter("id", resourceId).setMaxResults(limit).getResultStream().map(AuditRow::entry).toList();
    }

    /** Every access to the client data of one resource (a referral), oldest first: what a client may ask for. */
    @Transactional
    public List<AuditEntry> accesses(String resourceType, long resourceId) {
        return entityManager.createQuery("from ClientAccessRecord where resourceType = :type and resourceId = :id"
                + " order by occurredAt, id", ClientAccessRecord.class).setParameter("type", resourceType)
                .setParameter("id", resourceId).getResultStream().map(AuditRow::entry).toList();
    }

    /**
     * Accesses to client data that name no single resource but the given details (a search for a client by the
     * keyed hash of their identity code), oldest first.
     */
    @Transactional
    public List<AuditEntry> accessesWithDetails(String resourceType, String details) {
        return entityManager.createQuery("from ClientAccessRecord where resourceType = :type and details = :details"
                + " order by occurredAt, id", ClientAccessRecord.class).setParameter("type", resourceType)
                .setParameter("details", details).getResultStream().map(AuditRow::entry).toList();
    }

    private void persist(Trail trail, AuditEntry entry) {
        AuditEntry timed = entry.at() == null ? entry.at(clock.instant()) : entry;
        entityManager.persist(trail == Trail.CHANGES ? new ChangeRecord(timed) : new ClientAccessRecord(timed));
    }
}
