package fi.silta.audit;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Writes and reads the audit trail. A change is recorded in the transaction that makes it, so the trail
 * never claims a change that was rolled back; a refusal is recorded in a transaction of its own, so it stays
 * even though the request fails.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEvent> {

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Records a successful change within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String actor, String operation, String resourceType, Long resourceId, Long organisationId,
            String details) {
        persist(new AuditEvent(clock.instant(), actor, operation, resourceType, resourceId, organisationId,
                AuditEvent.Outcome.SUCCESS, details));
    }

    /** Records a refused or conflicting attempt, whatever happens to the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String actor, String operation, String resourceType, Long resourceId, Long organisationId,
            AuditEvent.Outcome outcome, String details) {
        persist(new AuditEvent(clock.instant(), actor, operation, resourceType, resourceId, organisationId, outcome,
                details));
    }

    /** The history of one record, newest first. */
    @Transactional
    public List<AuditEvent> history(String resourceType, long resourceId, int limit) {
        return find("resourceType = ?1 and resourceId = ?2", Sort.descending("occurredAt", "id"), resourceType,
                resourceId).page(Page.ofSize(limit)).list();
    }
}
