package fi.silta.catalogue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;

/**
 * A wellbeing activity: a chair-gym group, a memory café, a peer-support evening. Imported rows keep
 * their source and the source's own id, unique together, so imports are repeatable. Its schedules and the
 * sessions expanded from them are kept in step by its {@link Timetable}.
 */
// How the activity is indexed is declared by fi.silta.search.index; Quarkus needs @Indexed on the entity itself.
@Entity
@Table(name = "activity")
@Indexed(index = "activity")
public class Activity extends Timestamped {

    /** The source of activities written in Silta itself rather than imported. */
    public static final String SOURCE_SILTA = "silta";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    // Where: a place, or online.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    private Place place;
    private boolean online;
    @Column(name = "online_url")
    private String onlineUrl;

    /**
     * Available continuously without dates (a helpline, an online peer group that is always open): found
     * without an upcoming session, but never by a search for particular days or times.
     */
    private boolean ongoing;

    /** The organiser's own page about the activity, for residents who want to read more. */
    @Column(name = "info_url")
    private String infoUrl;

    @Embedded
    @EmbeddedColumnNaming("title_%s")
    private LocalizedText title;
    @Embedded
    @EmbeddedColumnNaming("summary_%s")
    private LocalizedText summary;
    @Embedded
    @EmbeddedColumnNaming("description_%s")
    private LocalizedText description;
    @Embedded // plain-language (selkokieli, lättläst) title and summary, for readers who need simpler text
    @EmbeddedColumnNaming("easy_read_title_%s")
    private LocalizedText easyReadTitle;
    @Embedded
    @EmbeddedColumnNaming("easy_read_%s")
    private LocalizedText easyRead;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_category", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "category_code"))
    private Set<Category> categories = new LinkedHashSet<>();
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_target_group", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "target_group_code"))
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @Column(name = "age_min")
    private Integer ageMin;
    @Column(name = "age_max")
    private Integer ageMax;

    /** ISO 639-1 codes of the languages the activity is held in. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_language", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    private boolean free;
    @Embedded
    @EmbeddedColumnNaming("price_%s")
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
    private List<Occurrence> occurrences = new ArrayList<>();

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

    public void simplify(LocalizedText easyReadTitle, LocalizedText easyRead) {
        this.easyReadTitle = easyReadTitle;
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
        return timetable().add(schedule);
    }

    /** Removes a schedule with its sessions; past sessions of it go too, as the schedule was a mistake. */
    public boolean removeSchedule(long scheduleId) {
        return timetable().remove(scheduleId);
    }

    /** Calls off one session, or takes it back: the date stays in its series, marked as cancelled. */
    public boolean setSessionCancelled(long occurrenceId, boolean cancelled) {
        return timetable().setCancelled(occurrenceId, cancelled);
    }

    /** Replaces the schedules with the given ones, as an import does (see {@link Timetable#replace}). */
    public boolean replaceSchedules(List<Schedule> replacements) {
        return timetable().replace(replacements);
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

    /** Brings the sessions within [from, to) in line with the schedules (see {@link Timetable#expand}). */
    public boolean expandOccurrences(ZonedDateTime from, ZonedDateTime to) {
        return timetable().expand(from, to);
    }

    /** The next sessions that have not ended, cancelled ones included so a resident sees the cancellation. */
    public List<Occurrence> nextOccurrences(Instant now, int limit) {
        return timetable().next(now, limit);
    }

    private Timetable timetable() {
        return new Timetable(this, schedules, occurrences);
    }

    public Long id() {
        return id;
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

    public LocalizedText easyReadTitle() {
        return easyReadTitle;
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
}
