package fi.silta.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/** The columns of an audit record, the same in both trails: {@link AuditEntry} as it is stored. */
@MappedSuperclass
abstract class AuditRow {

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "actor_role")
    private String role;

    private String operation;

    @Column(name = "resource_type")
    private String resourceType;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private AuditEntry.Outcome outcome;

    private String details;

    protected AuditRow() {
    }

    AuditRow(AuditEntry entry) {
        this.occurredAt = entry.at();
        this.actor = entry.actor();
        this.role = entry.role();
        this.operation = entry.operation();
        this.resourceType = entry.resourceType();
        this.resourceId = entry.resourceId();
        this.organisationId = entry.organisationId();
        this.purpose = entry.purpose();
        this.outcome = entry.outcome();
        String what = entry.details();
        this.details = what == null || what.length() <= 2000 ? what : what.substring(0, 2000);
    }

    AuditEntry entry() {
        return new AuditEntry(occurredAt, actor, role, operation, resourceType, resourceId, organisationId, purpose,
                outcome, details);
    }
}
