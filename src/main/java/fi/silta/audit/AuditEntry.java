package fi.silta.audit;

import java.time.Instant;

/**
 * The one shape of every audit record, whether it records a change to the catalogue or an access to a client's
 * data: when, who and in which role, what was done to which resource of which organisation, why, and whether
 * it was allowed. {@code details} names what changed (field names), never the values, so the trail itself
 * holds no client data.
 *
 * @param role the role the actor acted in ({@code publisher}, {@code nurse}, {@code system} ...), if known
 * @param purpose why the resource was reached: for client data the legal ground (the referral's work, a
 *        client's request), otherwise empty
 */
public record AuditEntry(Instant at, String actor, String role, String operation, String resourceType,
        Long resourceId, Long organisationId, String purpose, Outcome outcome, String details) {

    public enum Outcome {
        SUCCESS,
        DENIED,
        CONFLICT
    }

    /** A successful operation on a resource; the time is set when the log writes it. */
    public static AuditEntry of(String actor, String role, String operation, String resourceType, Long resourceId) {
        return new AuditEntry(null, actor, role, operation, resourceType, resourceId, null, null, Outcome.SUCCESS,
                null);
    }

    public AuditEntry organisation(Long id) {
        return new AuditEntry(at, actor, role, operation, resourceType, resourceId, id, purpose, outcome, details);
    }

    public AuditEntry purpose(String why) {
        return new AuditEntry(at, actor, role, operation, resourceType, resourceId, organisationId, why, outcome,
                details);
    }

    public AuditEntry outcome(Outcome result) {
        return new AuditEntry(at, actor, role, operation, resourceType, resourceId, organisationId, purpose, result,
                details);
    }

    public AuditEntry details(String what) {
        return new AuditEntry(at, actor, role, operation, resourceType, resourceId, organisationId, purpose, outcome,
                what);
    }

    AuditEntry at(Instant when) {
        return new AuditEntry(when, actor, role, operation, resourceType, resourceId, organisationId, purpose, outcome,
                details);
    }
}
