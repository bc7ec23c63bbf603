package fi.silta.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A young person or volunteer who takes helping tasks, registered by a vetting organisation under the user name
 * they sign in with. Their first name, birth date and guardian consent are personal data: {@link #toString()} names
 * none of them.
 */
@Entity
@Table(name = "helper")
public class Helper {

    /** Under this age, approval needs a recorded guardian consent. */
    static final int ADULT_AGE = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String email;
    @Column(name = "vetting_organisation_id")
    private long vettingOrganisationId;
    private String skills;
    private String availability;
    @Column(name = "guardian_consent_at")
    private Instant guardianConsentAt;
    @Column(name = "guardian_consent_by")
    private String guardianConsentBy;
    @Enumerated(EnumType.STRING)
    private HelperStatus status = HelperStatus.REGISTERED;
    @Column(name = "approved_until")
    private LocalDate approvedUntil;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "helper_municipality", joinColumns = @JoinColumn(name = "helper_id"))
    @Column(name = "municipality_code")
    private Set<String> municipalities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "helper_language", joinColumns = @JoinColumn(name = "helper_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    @Version
    private long version;

    protected Helper() {
    }

    Helper(String username, long vettingOrganisationId, String registeredBy, Instant at) {
        this.username = username;
        this.vettingOrganisationId = vettingOrganisationId;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
    }

    void describe(String firstName, LocalDate birthDate, String email, String skills, String availability,
            Set<String> municipalities, Set<String> languages) {
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.email = email;
        this.skills = skills;
        this.availability = availability;
        this.municipalities.clear();
        this.municipalities.addAll(municipalities);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    void recordGuardianConsent(String by, Instant at) {
        this.guardianConsentBy = by;
        this.guardianConsentAt = at;
    }

    boolean minorOn(LocalDate day) {
        return Period.between(birthDate, day).getYears() < ADULT_AGE;
    }

    /** Approves the helper until the given day; the caller checked the guardian consent of a minor. */
    void approve(LocalDate until, String by, Instant at) {
        this.status = HelperStatus.APPROVED;
        this.approvedUntil = until;
        this.approvedBy = by;
        this.approvedAt = at;
        this.withdrawnAt = null;
        this.withdrawnReason = null;
    }

    void withdraw(String reason, Instant at) {
        this.status = HelperStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    /** Approved, and the approval has not run out by the given day. */
    boolean approvedOn(LocalDate day) {
        return status == HelperStatus.APPROVED && approvedUntil != null && !day.isAfter(approvedUntil);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String firstName() {
        return firstName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String email() {
        return email;
    }

    public long vettingOrganisationId() {
        return vettingOrganisationId;
    }

    public String skills() {
        return skills;
    }

    public String availability() {
        return availability;
    }

    public Instant guardianConsentAt() {
        return guardianConsentAt;
    }

    public HelperStatus status() {
        return status;
    }

    public LocalDate approvedUntil() {
        return approvedUntil;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Set<String> municipalities() {
        return municipalities;
    }

    public Set<String> languages() {
        return languages;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Helper[" + id + "]";
    }
}
