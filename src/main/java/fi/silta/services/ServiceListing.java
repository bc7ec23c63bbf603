package fi.silta.services;

import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.Timestamped;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;

/**
 * An organisation's ongoing service (HSDS's service): meal delivery, home help, transport, caregiver respite, aids,
 * a peer group without dates. Kept by the organisation's publishers or imported (source and the source's own id,
 * unique together). What only professionals may read is a {@link ProfessionalInfo} of its own.
 */
// Indexed in its own index. Its texts are LocalizedText, whose per-language fields and analysers (Finnish stems,
// prefixes and compound tails; Swedish, English) the search feature declares once for every indexed text, so
// services are found as activities are.
@Entity
@Table(name = "service")
@Indexed(index = "service")
public class ServiceListing extends Timestamped {

    public static final String SOURCE_SILTA = "silta";

    @Id
    @GenericField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    @SequenceGenerator(name = "service_seq", sequenceName = "service_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    @IndexedEmbedded
    private LocalizedText name;
    @Embedded
    @EmbeddedColumnNaming("description_%s")
    @IndexedEmbedded
    private LocalizedText description;
    /** Who the service is for, in the organisation's words. */
    @Embedded
    @EmbeddedColumnNaming("eligibility_%s")
    @IndexedEmbedded
    private LocalizedText eligibility;

    @Enumerated(EnumType.STRING)
    private AccessMethod access = AccessMethod.OPEN;
    @Embedded
    @EmbeddedColumnNaming("access_info_%s")
    private LocalizedText accessInfo;

    @GenericField
    private boolean free;
    @Embedded
    @EmbeddedColumnNaming("cost_%s")
    private LocalizedText cost;
    @Embedded
    @EmbeddedColumnNaming("opening_hours_%s")
    private LocalizedText openingHours;

    @Column(name = "info_url")
    private String infoUrl;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_area", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    private Set<Municipality> area = new LinkedHashSet<>();
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_location", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "place_id"))
    private Set<Place> locations = new LinkedHashSet<>();
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_category", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "category_code"))
    private Set<Category> categories = new LinkedHashSet<>();
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_target_group", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "target_group_code"))
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_accessibility", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    private Set<AccessibilityFeature> accessibility = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ServiceStatus status = ServiceStatus.DRAFT;
    private String source;
    @Column(name = "origin_id")
    private String originId;
    /** The importer's digest of the record the service was last written from; null for services kept here. */
    @Column(name = "content_hash")
    private String contentHash;

    protected ServiceListing() {
    }

    public ServiceListing(Organisation organisation, String source, String originId) {
        this.organisation = organisation;
        this.source = source;
        this.originId = originId;
    }

    public void describe(LocalizedText name, LocalizedText description, LocalizedText eligibility) {
        this.name = name;
        this.description = description;
        this.eligibility = eligibility;
    }

    public void setAccess(AccessMethod access, LocalizedText accessInfo) {
        this.access = access == null ? AccessMethod.OPEN : access;
        this.accessInfo = accessInfo;
    }

    public void setCost(boolean free, LocalizedText cost) {
        this.free = free;
        this.cost = free ? null : cost;
    }

    public void setContact(String infoUrl, String contactEmail, String contactPhone, LocalizedText openingHours) {
        this.infoUrl = infoUrl;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.openingHours = openingHours;
    }

    public void setArea(Set<Municipality> area) {
        this.area.clear();
        this.area.addAll(area);
    }

    public void setLocations(Set<Place> locations) {
        this.locations.clear();
        this.locations.addAll(locations);
    }

    public void classify(Set<Category> categories, Set<TargetGroup> targetGroups) {
        this.categories.clear();
        this.categories.addAll(categories);
        this.targetGroups.clear();
        this.targetGroups.addAll(targetGroups);
    }

    public void setLanguages(Set<String> languages) {
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public void setAccessibility(Set<AccessibilityFeature> accessibility) {
        this.accessibility.clear();
        this.accessibility.addAll(accessibility);
    }

    public void publish() {
        status = ServiceStatus.PUBLISHED;
    }

    public void archive() {
        status = ServiceStatus.ARCHIVED;
    }

    public void recordContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public boolean isPublished() {
        return status == ServiceStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }

    public LocalizedText eligibility() {
        return eligibility;
    }

    public AccessMethod access() {
        return access;
    }

    public LocalizedText accessInfo() {
        return accessInfo;
    }

    public boolean free() {
        return free;
    }

    public LocalizedText cost() {
        return cost;
    }

    public LocalizedText openingHours() {
        return openingHours;
    }

    public String infoUrl() {
        return infoUrl;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    /** The service area's municipality codes, as the index filters by them. */
    @KeywordField(name = "area_code")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "area")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getAreaCodes() {
        Set<String> codes = new LinkedHashSet<>();
        area.forEach(m -> codes.add(m.code()));
        return codes;
    }

    /** The categories' codes, as the index filters by them. */
    @KeywordField(name = "category_code")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "categories")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getCategoryCodes() {
        Set<String> codes = new LinkedHashSet<>();
        categories.forEach(c -> codes.add(c.code()));
        return codes;
    }

    /** The target groups' codes, as the index filters by them. */
    @KeywordField(name = "target_group_code")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "targetGroups")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getTargetGroupCodes() {
        Set<String> codes = new LinkedHashSet<>();
        targetGroups.forEach(t -> codes.add(t.code()));
        return codes;
    }

    public Set<Municipality> area() {
        return area;
    }

    public Set<Place> locations() {
        return locations;
    }

    public Set<Category> categories() {
        return categories;
    }

    public Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    public Set<String> languages() {
        return languages;
    }

    public Set<AccessibilityFeature> accessibility() {
        return accessibility;
    }

    public ServiceStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public String originId() {
        return originId;
    }

    public String contentHash() {
        return contentHash;
    }
}
