package fi.silta.referrals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The client's answer for one recipient of their data: when it was recorded and by whom. */
@Embeddable
public class Consent {

    @Enumerated(EnumType.STRING)
    private ConsentRecipient recipient;

    private boolean given;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Consent() {
    }

    public Consent(ConsentRecipient recipient, boolean given, Instant recordedAt, String recordedBy) {
        this.recipient = recipient;
        this.given = given;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public ConsentRecipient recipient() {
        return recipient;
    }

    public boolean given() {
        return given;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
