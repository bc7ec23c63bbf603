package fi.silta.referrals;

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

/**
 * A one-time link for the client to answer one round of the wellbeing self-report without signing in. Only the
 * hash of its token is stored; it is spent by the first answer and refused after it expires.
 */
@Entity
@Table(name = "wellbeing_link")
public class WellbeingLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wellbeing_link_seq")
    @SequenceGenerator(name = "wellbeing_link_seq", sequenceName = "wellbeing_link_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id")
    private Long referralId;

    @Enumerated(EnumType.STRING)
    private SelfReportRound round;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WellbeingLink() {
    }

    WellbeingLink(Long referralId, SelfReportRound round, String tokenHash, Instant expiresAt, String createdBy,
            Instant createdAt) {
        this.referralId = referralId;
        this.round = round;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether the link still takes an answer at the given time: not spent and not expired. */
    boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void spend(Instant now) {
        usedAt = now;
    }

    Long referralId() {
        return referralId;
    }

    SelfReportRound round() {
        return round;
    }

    String createdBy() {
        return createdBy;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
