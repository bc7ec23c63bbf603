package fi.silta.organisations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.silta.common.Language;
import fi.silta.reference.Municipality;

/**
 * A request from the public to list an organisation in Silta. An admin approves it, which creates the
 * organisation, or rejects it with a reason; a decided request is not decided again. The contact details are
 * personal data: they are shown to admins only, never logged, and cleared some time after the decision.
 */
@Entity
@Table(name = "organisation_request")
public class OrganisationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_request_seq")
    @SequenceGenerator(name = "organisation_request_seq", sequenceName = "organisation_request_id_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    @Column(name = "business_id")
    private String businessId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private String website;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    private String message;

    private String language;

    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.PENDING;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "contact_erased_at")
    private Instant contactErasedAt;

    @Version
    private long version;

    protected OrganisationRequest() {
    }

    public OrganisationRequest(String name, OrganisationType type, String businessId, Municipality municipality,
            String website, String contactName, String contactEmail, String contactPhone, String message,
            Language language, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.businessId = businessId;
        this.municipality = municipality;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.message = message;
        this.language = language.code();
        this.createdAt = createdAt;
    }

    public void approve(Organisation created, String admin, Instant at) {
        requirePending();
        this.status = RequestStatus.APPROVED;
        this.organisation = created;
        this.decidedBy = admin;
        this.decidedAt = at;
    }

    public void reject(String reason, String admin, Instant at) {
        requirePending();
        this.status = RequestStatus.REJECTED;
        this.decisionReason = reason;
        this.decidedBy = admin;
        this.decidedAt = at;
    }

    /**
     * Retention: the contact person's name, email, phone and message were given for the decision; once it is made
     * and some time has passed, they go. The organisation's name, kind and the decision stay.
     */
    public void forgetContact(Instant at) {
        if (status == RequestStatus.PENDING) {
            throw new IllegalStateException("A request waiting for a decision keeps its contact");
        }
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        message = null;
        contactErasedAt = at;
    }

    private void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("The request was already decided");
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String businessId() {
        return businessId;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String website() {
        return website;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String message() {
        return message;
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.FI);
    }

    public RequestStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** The deciding admin's name as the identity provider gave it, if it gave one. */
    public String decidedByName() {
        return decidedByName;
    }

    public void nameDecider(String name) {
        this.decidedByName = name;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant contactErasedAt() {
        return contactErasedAt;
    }
}
