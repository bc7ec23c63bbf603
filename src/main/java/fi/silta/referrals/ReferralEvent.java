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

    private static final String LEGACY_ACTIVITIES = "activities suggested";
    private static final String LEGACY_ASSIGNED = "assigned to ";

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

    // Not client data: a user name or field names (see EventKind).
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private EventKind kind;

    private String detail;

    protected ReferralEvent() {
    }

    ReferralEvent(Long referralId, Instant occurredAt, String actor, String role, ReferralStatus from,
            ReferralStatus to, CaseStep step, String reason, EventKind kind, String detail) {
        this.kind = kind;
        this.detail = detail;
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

    Long id() {
        return id;
    }

    Long referralId() {
        return referralId;
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

    /**
     * What the event is. Events written before kinds were recorded are read from their statuses and from the two
     * fixed texts the application then wrote as reasons.
     */
    public EventKind kind() {
        if (kind != null) {
            return kind;
        }
        if (from == null) {
            return EventKind.CREATED;
        }
        if (step != null) {
            return EventKind.STEP;
        }
        if (LEGACY_ACTIVITIES.equals(reason)) {
            return EventKind.ACTIVITIES;
        }
        if (reason != null && reason.startsWith(LEGACY_ASSIGNED)) {
            return EventKind.ASSIGNED;
        }
        return from == to ? EventKind.RETURNED : EventKind.MOVED;
    }

    /** The kind's detail: the link-person of an assignment, the fields of a correction. */
    public String detail() {
        if (kind == null && reason != null && reason.startsWith(LEGACY_ASSIGNED)) {
            return reason.substring(LEGACY_ASSIGNED.length());
        }
        return detail;
    }

    /** What staff typed as the reason; never one of the fixed texts events once carried there. */
    public String typedReason() {
        return kind == null && (kind() == EventKind.ACTIVITIES || kind() == EventKind.ASSIGNED) ? null : reason;
    }
}
