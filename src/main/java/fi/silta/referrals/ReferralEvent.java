package fi.silta.referrals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change of a referral's status or step: who, in which role, when, from what to what, and why. The reason is
 * client data, encrypted at rest.
 */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_event_seq")
    @SequenceGenerator(name = "referral_event_seq", sequenceName = "referral_event_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReferralStatus to;

    @Enumerated(EnumType.STRING)
    private CaseStep step;

    // Typed by staff about the client's situation: client data, encrypted at rest.
    @Convert(converter = EncryptedText.EventReason.class)
    private String reason;

    protected ReferralEvent() {
    }

    ReferralEvent(Long referralId, Instant occurredAt, String actor, String role, ReferralStatus from,
            ReferralStatus to, CaseStep step, String reason) {
        this.referralId = referralId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.role = role;
        this.from = from;
        this.to = to;
        this.step = step;
        this.reason = reason;
    }

    /** Retention: the reason goes, the fact of the change stays for statistics. */
    void forgetReason() {
        reason = null;
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

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public CaseStep step() {
        return step;
    }

    public String reason() {
        return reason;
    }
}
