package fi.silta.importers;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
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

import fi.silta.catalogue.Category;
import fi.silta.catalogue.TargetGroup;
import fi.silta.common.Language;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;

/**
 * A feed Silta pulls activities from: a parish calendar, a city's Linked Events API, a service directory or
 * a spreadsheet. Its defaults fill what the feed does not say (the municipality of a parish, the language of
 * an association). The name is the source's key everywhere and never changes.
 */
@Entity
@Table(name = "import_source")
public class ImportSource {

    /** Lower-case letters, digits and hyphens: safe in URLs, configuration keys and activity rows. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** Names that activities written in Silta, the demo catalogue and test fixtures already use. */
    public static final Set<String> RESERVED_NAMES = Set.of("silta", "demo", "test");
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
    public static final Duration MAX_INTERVAL = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_source_seq")
    @SequenceGenerator(name = "import_source_seq", sequenceName = "import_source_id_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SourceType type;

    private String url;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_municipality_code")
    private Municipality defaultMunicipality;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "import_source_category", joinColumns = @JoinColumn(name = "source_id"), inverseJoinColumns = @JoinColumn(name = "category_code"))
    private Set<Category> defaultCategories = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "import_source_target_group", joinColumns = @JoinColumn(name = "source_id"), inverseJoinColumns = @JoinColumn(name = "target_group_code"))
    private Set<TargetGroup> defaultTargetGroups = new LinkedHashSet<>();

    @Column(name = "default_language")
    private String defaultLanguage = Language.FI.code();

    @Column(name = "sync_interval_minutes")
    private int syncIntervalMinutes;

    private boolean enabled = true;

    private boolean declared;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ImportSource() {
    }

    public ImportSource(String name, SourceType type, String url, Organisation organisation, Duration interval) {
        if (name == null || !NAME.matcher(name).matches() || RESERVED_NAMES.contains(name)) {
            throw new IllegalArgumentException("Invalid source name");
        }
        if (organisation == null) {
            throw new IllegalArgumentException("A source belongs to an organisation");
        }
        this.name = name;
        this.organisation = organisation;
        point(type, url);
        setInterval(interval);
    }

    public void point(SourceType type, String url) {
        if (type == null || url == null || url.isBlank()) {
            throw new IllegalArgumentException("A source needs a type and an address");
        }
        this.type = type;
        this.url = url.strip();
    }

    /** Only while the source has imported nothing: imported activities stay with their organisation. */
    public void transferTo(Organisation organisation) {
        if (organisation == null) {
            throw new IllegalArgumentException("A source belongs to an organisation");
        }
        this.organisation = organisation;
    }

    public void setInterval(Duration interval) {
        if (interval == null || interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("The sync interval must be between 5 minutes and 30 days");
        }
        this.syncIntervalMinutes = (int) interval.toMinutes();
    }

    public void setDefaults(Municipality municipality, Set<Category> categories, Set<TargetGroup> targetGroups,
            Language language) {
        this.defaultMunicipality = municipality;
        this.defaultCategories.clear();
        this.defaultCategories.addAll(categories);
        this.defaultTargetGroups.clear();
        this.defaultTargetGroups.addAll(targetGroups);
        this.defaultLanguage = (language == null ? Language.FI : language).code();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void markDeclared(boolean declared) {
        this.declared = declared;
    }

    /** Whether a scheduled run is due: the interval has passed since the last run began, or since creation. */
    public boolean isDue(Instant lastRunStart, Instant now) {
        Instant since = lastRunStart != null ? lastRunStart : createdAt;
        return enabled && since != null && !since.plus(interval()).isAfter(now);
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

    public String name() {
        return name;
    }

    public SourceType type() {
        return type;
    }

    public String url() {
        return url;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Municipality defaultMunicipality() {
        return defaultMunicipality;
    }

    public Set<Category> defaultCategories() {
        return defaultCategories;
    }

    public Set<TargetGroup> defaultTargetGroups() {
        return defaultTargetGroups;
    }

    public Language defaultLanguage() {
        return Language.fromCode(defaultLanguage).orElse(Language.FI);
    }

    public Duration interval() {
        return Duration.ofMinutes(syncIntervalMinutes);
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean declared() {
        return declared;
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
