package fi.silta.referrals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One access to a client's data: who (and in which role), when, which referral, what was done and why,
 * and whether it was allowed. The table is append-only in the database itself.
 */
@Entity
@Immutable
@Table(name = "client_access")
public class ClientAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_access_seq")
    @SequenceGenerator(name = "client_access_seq", sequenceName = "client_access_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;
    private String role;

    @Column(name = "referral_id")
    private Long referralId;

    private String action;
    private String purpose;
    private String outcome;

    protected ClientAccess() {
    }

    ClientAccess(Instant occurredAt, String actor, String role, Long referralId, String action, String purpose,
            boolean allowed) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.role = role;
        this.referralId = referralId;
        this.action = action;
        this.purpose = purpose;
        this.outcome = allowed ? "SUCCESS" : "DENIED";
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public Long referralId() {
        return referralId;
    }

    public String action() {
        return action;
    }

    public String purpose() {
        return purpose;
    }

    public String outcome() {
        return outcome;
    }
}
