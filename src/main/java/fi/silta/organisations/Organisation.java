package fi.silta.organisations;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.silta.common.BusinessId;
import fi.silta.common.LocalizedText;
import fi.silta.reference.County;
import fi.silta.reference.Municipality;
import fi.silta.reference.PostalCode;

/** A municipality, parish, NGO, company or other body that publishes activities. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_id_seq", allocationSize = 50)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    @Column(name = "business_id")
    private String businessId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "county_code")
    private County county;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "organisation_municipality", joinColumns = @JoinColumn(name = "organisation_id"), inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    private Set<Municipality> municipalities = new LinkedHashSet<>();

    /** User names of the publishers who keep this organisation's listings up to date. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "username")
    private Set<String> members = new LinkedHashSet<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")) })
    private LocalizedText description;

    @Column(name = "street_address")
    private String streetAddress;

    /** The postal address's code; the municipality and post office follow from it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "postal_code")
    private PostalCode postalCode;

    private String email;
    private String phone;
    private String website;
    private boolean verified;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(LocalizedText name, OrganisationType type, String businessId) {
        rename(name);
        this.type = type;
        setBusinessId(businessId);
    }

    public void rename(LocalizedText name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An organisation needs a name in at least one language");
        }
        this.name = name;
    }

    public void setBusinessId(String businessId) {
        if (businessId != null && !BusinessId.isValid(businessId)) {
            throw new IllegalArgumentException("Invalid business id");
        }
        this.businessId = businessId;
    }

    public void setContact(String email, String phone, String website) {
        this.email = email;
        this.phone = phone;
        this.website = website;
    }

    /** What the organisation is about and where it is; each may be empty. */
    public void describe(LocalizedText description, String streetAddress, PostalCode postalCode) {
        this.description = description;
        this.streetAddress = streetAddress;
        this.postalCode = postalCode;
    }

    public LocalizedText description() {
        return description == null ? LocalizedText.of(null, null, null) : description;
    }

    public String streetAddress() {
        return streetAddress;
    }

    public PostalCode postalCode() {
        return postalCode;
    }

    public void setCounty(County county) {
        this.county = county;
    }

    public void serve(Set<Municipality> municipalities) {
        this.municipalities.clear();
        this.municipalities.addAll(municipalities);
    }

    public void addMember(String username) {
        members.add(username);
    }

    /** @return whether the user was a member */
    public boolean removeMember(String username) {
        return members.remove(username);
    }

    /** The publishers an admin made members, by user name. */
    public SortedSet<String> members() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    public boolean hasMember(String username) {
        return members.contains(username);
    }

    public void markVerified(boolean verified) {
        this.verified = verified;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String businessId() {
        return businessId;
    }

    public County county() {
        return county;
    }

    public Set<Municipality> municipalities() {
        return municipalities;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String website() {
        return website;
    }

    public boolean verified() {
        return verified;
    }

    public long version() {
        return version;
    }
}
