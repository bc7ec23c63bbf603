package fi.silta.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail: time, actor, operation, resource and outcome. The details name
 * what changed (field names), never the values, so the trail itself holds no client data.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public enum Outcome {
        SUCCESS,
        DENIED,
        CONFLICT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;
    private String operation;

    @Column(name = "resource_type")
    private String resourceType;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String operation, String resourceType, Long resourceId,
            Long organisationId, Outcome outcome, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.operation = operation;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.organisationId = organisationId;
        this.outcome = outcome;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String operation() {
        return operation;
    }

    public String resourceType() {
        return resourceType;
    }

    public Long resourceId() {
        return resourceId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String details() {
        return details;
    }
}
