package fi.silta.catalogue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.search.analysis.SearchAnalyzers;

/**
 * A wellbeing activity: a chair-gym group, a memory café, a peer-support evening. Imported rows keep
 * their source and the source's own id, unique together, so imports are repeatable.
 */
@Entity
@Table(name = "activity")
@Indexed(index = "activity")
public class Activity {

    /** The source of activities written in Silta itself rather than imported. */
    public static final String SOURCE_SILTA = "silta";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_id_seq", allocationSize = 50)
    @GenericField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    // Organisations rarely change their name or type; whoever changes them reindexes their activities.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    private Place place;

    private boolean online;

    /**
     * Available continuously without dates (a helpline, an online peer group that is always open): found
     * without an upcoming session, but never by a search for particular days or times.
     */
    @GenericField
    private boolean ongoing;

    @Column(name = "online_url")
    private String onlineUrl;

    /** The organiser's own page about the activity, for residents who want to read more. */
    @Column(name = "info_url")
    private String infoUrl;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")) })
    @IndexedEmbedded
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "summary_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "summary_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")) })
    @IndexedEmbedded
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")) })
    @IndexedEmbedded
    private LocalizedText description;

    /** Plain-language (selkokieli, lättläst) summary for readers who need simpler text. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "easy_read_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "easy_read_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "easy_read_en")) })
    private LocalizedText easyRead;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_category", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "category_code"))
    @IndexedEmbedded(includePaths = { "code", "label.fi", "label.sv", "label.en" })
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Category> categories = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_target_group", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "target_group_code"))
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @Column(name = "age_min")
    private Integer ageMin;

    @Column(name = "age_max")
    private Integer ageMax;

    /** ISO 639-1 codes of the languages the activity is held in. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_language", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "language")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> languages = new LinkedHashSet<>();

    @GenericField(aggregable = Aggregable.YES)
    private boolean free;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "price_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "price_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "price_en")) })
    private LocalizedText price;

    @Enumerated(EnumType.STRING)
    private Registration registration = Registration.NONE;

    @Column(name = "registration_url")
    private String registrationUrl;

    @Column(name = "registration_phone")
    private String registrationPhone;

    private Integer capacity;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_accessibility", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ActivityStatus status = ActivityStatus.DRAFT;

    private String source;

    @Column(name = "origin_id")
    private String originId;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Schedule> schedules = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    @IndexedEmbedded(structure = ObjectStructure.NESTED)
    private List<Occurrence> occurrences = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(Organisation organisation, LocalizedText title, String source, String originId) {
        if (organisation == null) {
            throw new IllegalArgumentException("An activity belongs to an organisation");
        }
        if (source == null || source.isBlank() || originId == null || originId.isBlank()) {
            throw new IllegalArgumentException("An activity needs a source and an origin id");
        }
        this.organisation = organisation;
        retitle(title);
        this.source = source;
        this.originId = originId;
    }

    public void retitle(LocalizedText title) {
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException("An activity needs a title in at least one language");
        }
        this.title = title;
    }

    public void describe(LocalizedText summary, LocalizedText description, LocalizedText easyRead) {
        this.summary = summary;
        this.description = description;
        this.easyRead = easyRead;
    }

    public void holdAt(Place place) {
        this.place = place;
        this.online = false;
        this.onlineUrl = null;
    }

    public void holdOnline(String url) {
        this.place = null;
        this.online = true;
        this.onlineUrl = url;
    }

    public void classify(Set<Category> categories, Set<TargetGroup> targetGroups) {
        this.categories.clear();
        this.categories.addAll(categories);
        this.targetGroups.clear();
        this.targetGroups.addAll(targetGroups);
    }

    public void setAgeRange(Integer min, Integer max) {
        if ((min != null && (min < 0 || min > 120)) || (max != null && (max < 0 || max > 120))) {
            throw new IllegalArgumentException("Ages must be between 0 and 120");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("The minimum age is above the maximum age");
        }
        this.ageMin = min;
        this.ageMax = max;
    }

    public void setLanguages(Set<String> languages) {
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public void setCost(boolean free, LocalizedText price) {
        this.free = free;
        this.price = free ? null : price;
    }

    public void setRegistration(Registration registration, String url, String phone) {
        if (registration == Registration.REQUIRED && (url == null || url.isBlank()) && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("Required registration needs a link or a phone number");
        }
        this.registration = registration;
        this.registrationUrl = registration == Registration.REQUIRED ? url : null;
        this.registrationPhone = registration == Registration.REQUIRED ? phone : null;
    }

    public void setCapacity(Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("Capacity must be positive");
        }
        this.capacity = capacity;
    }

    public void setAccessibility(Set<AccessibilityFeature> features) {
        accessibility.clear();
        accessibility.addAll(features);
    }

    public void setInfoUrl(String infoUrl) {
        this.infoUrl = infoUrl;
    }

    public void setContact(String name, String email, String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
    }

    public Schedule addSchedule(Schedule schedule) {
        if (schedule.activity() != this) {
            throw new IllegalArgumentException("The schedule belongs to another activity");
        }
        schedules.add(schedule);
        return schedule;
    }

    /** Removes a schedule with its sessions; past sessions of it go too, as the schedule was a mistake. */
    public boolean removeSchedule(long scheduleId) {
        Schedule gone = schedules.stream().filter(s -> Long.valueOf(scheduleId).equals(s.id())).findFirst()
                .orElse(null);
        if (gone == null) {
            return false;
        }
        occurrences.removeIf(o -> o.schedule() == gone);
        schedules.remove(gone);
        return true;
    }

    /**
     * Calls off one session, or takes it back: the date stays in its series, marked, so residents and
     * referrals pointing at it see the cancellation.
     */
    public boolean setSessionCancelled(long occurrenceId, boolean cancelled) {
        Occurrence occurrence = occurrences.stream().filter(o -> Long.valueOf(occurrenceId).equals(o.id()))
                .findFirst().orElse(null);
        if (occurrence == null) {
            return false;
        }
        LocalDateTime local = LocalDateTime.ofInstant(occurrence.startsAt(), occurrence.schedule().zone());
        if (cancelled) {
            occurrence.schedule().cancelDate(local);
            occurrence.cancel();
        } else {
            occurrence.schedule().restoreDate(local);
            occurrence.restore();
        }
        return true;
    }

    /**
     * Replaces the schedules with the given ones, each built for this activity. Imports use this: the feed is
     * the truth about when an activity takes place. A schedule with the same timing as an existing one keeps the
     * existing one, so its occurrences keep their ids; only its cancelled dates are taken over. Occurrences of a
     * schedule that goes leave with it, and every occurrence's cancelled flag follows its schedule.
     *
     * @return whether anything changed
     */
    public boolean replaceSchedules(List<Schedule> replacements) {
        List<Schedule> remaining = new ArrayList<>(schedules);
        List<Schedule> result = new ArrayList<>();
        boolean changed = false;
        for (Schedule replacement : replacements) {
            if (replacement.activity() != this) {
                throw new IllegalArgumentException("The schedule belongs to another activity");
            }
            Schedule same = remaining.stream().filter(s -> s.sameTimingAs(replacement)).findFirst().orElse(null);
            if (same == null) {
                result.add(replacement);
                changed = true;
            } else {
                remaining.remove(same);
                changed |= same.takeCancellationsFrom(replacement);
                result.add(same);
            }
        }
        if (!remaining.isEmpty()) {
            occurrences.removeIf(o -> remaining.stream().anyMatch(gone -> gone == o.schedule()));
            changed = true;
        }
        schedules.clear();
        schedules.addAll(result);
        for (Occurrence occurrence : occurrences) {
            boolean cancelled = occurrence.schedule().isCancelledAt(occurrence.startsAt());
            if (cancelled != occurrence.cancelled()) {
                if (cancelled) {
                    occurrence.cancel();
                } else {
                    occurrence.restore();
                }
                changed = true;
            }
        }
        return changed;
    }

    /** Publishing needs what a resident cannot do without: a title, a summary and where to go. */
    public void publish() {
        if (summary == null || summary.isEmpty()) {
            throw new IllegalStateException("An activity needs a summary before it is published");
        }
        if (place == null && !online) {
            throw new IllegalStateException("An activity needs a place or an online link before it is published");
        }
        if (schedules.isEmpty() && !ongoing) {
            throw new IllegalStateException("An activity needs at least one date before it is published");
        }
        status = ActivityStatus.PUBLISHED;
    }

    /** Marks the activity as available continuously, without dates, or back to dated sessions only. */
    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }

    public void archive() {
        status = ActivityStatus.ARCHIVED;
    }

    public void markVerified(Instant at) {
        this.lastVerifiedAt = at;
    }

    /**
     * Brings the concrete occurrences within [from, to) in line with the schedules: new dates are added,
     * dates no longer scheduled are removed, and the cancelled flag of a date that stays is kept.
     * Occurrences outside the window are left alone, so past sessions stay on record.
     *
     * @return whether anything changed
     */
    public boolean expandOccurrences(ZonedDateTime from, ZonedDateTime to) {
        Instant windowStart = from.toInstant();
        Instant windowEnd = to.toInstant();
        Map<String, Occurrence> existing = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            if (!occurrence.startsAt().isBefore(windowStart) && occurrence.startsAt().isBefore(windowEnd)) {
                existing.put(key(occurrence.schedule(), occurrence.startsAt()), occurrence);
            }
        }
        boolean changed = false;
        for (Schedule schedule : schedules) {
            for (Interval interval : schedule.occurrencesBetween(from, to)) {
                Occurrence kept = existing.remove(key(schedule, interval.start()));
                if (kept == null) {
                    Occurrence created = new Occurrence(this, schedule, interval);
                    if (schedule.isCancelledAt(interval.start())) {
                        created.cancel();
                    }
                    occurrences.add(created);
                    changed = true;
                } else if (!kept.endsAt().equals(interval.end())) {
                    kept.moveEnd(interval.end());
                    changed = true;
                }
            }
        }
        if (!existing.isEmpty()) {
            occurrences.removeAll(existing.values());
            changed = true;
        }
        if (changed) {
            occurrences.sort(Comparator.comparing(Occurrence::startsAt));
        }
        return changed;
    }

    private static String key(Schedule schedule, Instant start) {
        String scheduleKey = schedule.id() != null ? "id" + schedule.id() : "new" + System.identityHashCode(schedule);
        return scheduleKey + "@" + start;
    }

    /** The next sessions that have not ended, cancelled ones included so a resident sees the cancellation. */
    public List<Occurrence> nextOccurrences(Instant now, int limit) {
        return occurrences.stream()
                .filter(o -> o.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Occurrence::startsAt))
                .limit(limit)
                .toList();
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

    // Derived values for the index. Each names what it is derived from, so the index follows changes.

    /** Where the activity happens on the map; none for online activities and confidential addresses. */
    @GenericField(name = "location", projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({ @PropertyValue(propertyName = "place"), @PropertyValue(propertyName = "latitude") }),
            @ObjectPath({ @PropertyValue(propertyName = "place"), @PropertyValue(propertyName = "longitude") }),
            @ObjectPath({ @PropertyValue(propertyName = "place"),
                    @PropertyValue(propertyName = "addressConfidential") }) })
    public GeoPoint getSearchLocation() {
        if (place == null || place.addressConfidential() || place.latitude() == null || place.longitude() == null) {
            return null;
        }
        return GeoPoint.of(place.latitude(), place.longitude());
    }

    @KeywordField(name = "municipality", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "place"),
            @PropertyValue(propertyName = "municipality") }))
    public String getMunicipalityCode() {
        return place == null || place.municipality() == null ? null : place.municipality().code();
    }

    @KeywordField(name = "organisationType", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "organisation"),
            @PropertyValue(propertyName = "type") }))
    public String getOrganisationType() {
        return organisation.type().name();
    }

    @GenericField(name = "organisationId")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisation")))
    public Long getOrganisationId() {
        return organisation.id();
    }

    /** The activity's own accessibility features and those of its place: a resident needs both. */
    @KeywordField(name = "accessibility", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "accessibility")),
            @ObjectPath({ @PropertyValue(propertyName = "place"), @PropertyValue(propertyName = "accessibility") }) })
    public Set<String> getAccessibilityKeys() {
        Set<String> keys = new LinkedHashSet<>();
        accessibility.forEach(feature -> keys.add(feature.name()));
        if (place != null) {
            place.accessibility().forEach(feature -> keys.add(feature.name()));
        }
        return keys;
    }

    /** When someone last confirmed the listing; a listing never confirmed counts from its creation. */
    @GenericField(name = "verifiedAt")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "lastVerifiedAt")),
            @ObjectPath(@PropertyValue(propertyName = "createdAt")) })
    public Instant getVerifiedAt() {
        return lastVerifiedAt != null ? lastVerifiedAt : createdAt;
    }

    /**
     * Names that tell where and by whom (the place, its municipality in every language, the organiser),
     * so that "jooga kokkola" finds yoga held in Kokkola.
     */
    @FullTextField(name = "context", analyzer = SearchAnalyzers.NAME)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({ @PropertyValue(propertyName = "place"), @PropertyValue(propertyName = "name") }),
            @ObjectPath({ @PropertyValue(propertyName = "place"), @PropertyValue(propertyName = "municipality") }),
            @ObjectPath({ @PropertyValue(propertyName = "organisation"), @PropertyValue(propertyName = "name") }) })
    public String getContextText() {
        List<String> names = new ArrayList<>();
        if (place != null) {
            addAll(names, place.name());
            if (place.municipality() != null) {
                addAll(names, place.municipality().name());
            }
        }
        addAll(names, organisation.name());
        return String.join(" ", names);
    }

    private static void addAll(List<String> names, LocalizedText text) {
        if (text == null) {
            return;
        }
        for (String value : new String[] { text.fi(), text.sv(), text.en() }) {
            if (value != null && !names.contains(value)) {
                names.add(value);
            }
        }
    }

    public Organisation organisation() {
        return organisation;
    }

    public Place place() {
        return place;
    }

    public boolean ongoing() {
        return ongoing;
    }

    public boolean online() {
        return online;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public String infoUrl() {
        return infoUrl;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText description() {
        return description;
    }

    public LocalizedText easyRead() {
        return easyRead;
    }

    public Set<Category> categories() {
        return categories;
    }

    public Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    public Integer ageMin() {
        return ageMin;
    }

    public Integer ageMax() {
        return ageMax;
    }

    public Set<String> languages() {
        return languages;
    }

    public boolean free() {
        return free;
    }

    public LocalizedText price() {
        return price;
    }

    public Registration registration() {
        return registration;
    }

    public String registrationUrl() {
        return registrationUrl;
    }

    public String registrationPhone() {
        return registrationPhone;
    }

    public Integer capacity() {
        return capacity;
    }

    public Set<AccessibilityFeature> accessibility() {
        return accessibility;
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

    public ActivityStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public String originId() {
        return originId;
    }

    public Instant lastVerifiedAt() {
        return lastVerifiedAt;
    }

    public List<Schedule> schedules() {
        return schedules;
    }

    public List<Occurrence> occurrences() {
        return occurrences;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
