package fi.silta.referrals;

import java.time.Instant;
import java.time.LocalDate;

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

/** One contact with the client, from the link-person's log. The note is client data, encrypted at rest. */
@Entity
@Table(name = "referral_contact")
public class ReferralContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_contact_seq")
    @SequenceGenerator(name = "referral_contact_seq", sequenceName = "referral_contact_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id")
    private Long referralId;

    @Enumerated(EnumType.STRING)
    private ContactKind kind;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Convert(converter = EncryptedText.ContactNote.class)
    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReferralContact() {
    }

    ReferralContact(Long referralId, ContactKind kind, LocalDate contactedOn, String note, String recordedBy,
            Instant recordedAt) {
        this.referralId = referralId;
        this.kind = kind;
        this.contactedOn = contactedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Retention: the note goes, the fact of the contact stays for statistics. */
    void forgetNote() {
        note = null;
    }

    public Long id() {
        return id;
    }

    public ContactKind kind() {
        return kind;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
