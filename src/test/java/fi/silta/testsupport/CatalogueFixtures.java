package fi.silta.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.CountyRepository;
import fi.silta.reference.MunicipalityRepository;

/** Builds catalogue rows for tests; every call makes new, independent rows. */
@ApplicationScoped
public class CatalogueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final ActivityRepository activities;
    private final CategoryRepository categories;
    private final MunicipalityRepository municipalities;
    private final CountyRepository counties;
    private final OccurrenceExpander expander;
    private final TargetGroupRepository targetGroups;
    private final SearchSession searchSession;
    private final SearchMapping searchMapping;
    private final Clock clock;

    CatalogueFixtures(OrganisationRepository organisations, PlaceRepository places, ActivityRepository activities,
            CategoryRepository categories, MunicipalityRepository municipalities, CountyRepository counties,
            OccurrenceExpander expander, TargetGroupRepository targetGroups, SearchSession searchSession,
            SearchMapping searchMapping, Clock clock) {
        this.organisations = organisations;
        this.places = places;
        this.activities = activities;
        this.categories = categories;
        this.municipalities = municipalities;
        this.counties = counties;
        this.expander = expander;
        this.targetGroups = targetGroups;
        this.searchSession = searchSession;
        this.searchMapping = searchMapping;
        this.clock = clock;
    }

    /** Sets an activity's last confirmation back in time, as if nobody had looked at it since. */
    @Transactional
    public void lastConfirmed(long activityId, Duration ago) {
        activities.findById(activityId).markVerified(clock.instant().minus(ago));
    }

    /** An organisation whose publishers are the given users; returns its id. */
    @Transactional
    public long organisationWithMembers(String name, String... usernames) {
        Organisation organisation = new Organisation(LocalizedText.of(name, null, null), OrganisationType.NGO, null);
        organisation.setCounty(counties.findById("18"));
        organisation.serve(Set.of(municipalities.findById("272")));
        for (String username : usernames) {
            organisation.addMember(username);
        }
        organisations.persist(organisation);
        return organisation.id();
    }

    /** A published weekly activity in Kokkola with upcoming sessions; returns its id. */
    @Transactional
    public long weeklyActivity(String titleFi, String rrule) {
        Organisation organisation = organisation();
        Place place = new Place(organisation, LocalizedText.of("Testitalo", "Testhuset", null),
                municipalities.findById("272"));
        place.setAddress("Testikatu 1", "67100", municipalities.findById("272"));
        place.setCoordinates(63.8388, 23.133);
        places.persist(place);
        Activity activity = new Activity(organisation, LocalizedText.of(titleFi, null, null), "test",
                UUID.randomUUID().toString());
        activity.describe(LocalizedText.of("Testikuvaus " + titleFi, null, null), null, null);
        activity.holdAt(place);
        activity.classify(Set.of(categories.findById("PHYSICAL_ACTIVITY")), Set.of());
        activity.setLanguages(Set.of("fi"));
        activity.setCost(true, null);
        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        activity.addSchedule(Schedule.recurring(activity, today.minusWeeks(2).atTime(10, 0), Duration.ofHours(1), rrule,
                Schedule.DEFAULT_ZONE));
        activity.publish();
        activities.persist(activity);
        expander.expand(activity);
        return activity.id();
    }

    /**
     * An activity as the spec describes it, expanded into sessions, committed and already in the search
     * index (indexing runs asynchronously through the outbox); returns its id.
     */
    public long activity(ActivitySpec spec) {
        long id = QuarkusTransaction.requiringNew().call(() -> create(organisation(spec.organisationType), spec));
        awaitIndexed(id);
        return id;
    }

    /** Waits until the index holds the activity. */
    public void awaitIndexed(long id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> searchSession.search(Activity.class)
                        .where(f -> f.id().matching(id))
                        .fetchTotalHitCount() > 0));
    }

    /**
     * Many activities of one organisation in one transaction, left out of the automatic indexing; call
     * {@link #reindexAll()} afterwards. Returns the ids in order.
     */
    @Transactional
    public List<Long> manyActivities(List<ActivitySpec> specs) {
        searchSession.indexingPlanFilter(ctx -> ctx.exclude(Object.class));
        Organisation organisation = organisation(OrganisationType.NGO);
        List<Long> ids = new ArrayList<>();
        for (ActivitySpec spec : specs) {
            ids.add(create(organisation, spec));
            if (ids.size() % 200 == 0) {
                activities.getEntityManager().flush();
                activities.getEntityManager().clear();
                organisation = organisations.findById(organisation.id());
            }
        }
        return ids;
    }

    /** Rebuilds the activity index from the database and waits until it is done. */
    public void reindexAll() {
        try {
            searchMapping.scope(Activity.class).massIndexer().threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long create(Organisation organisation, ActivitySpec spec) {
        Place place = new Place(organisation, LocalizedText.of("Testitalo " + SEQUENCE.incrementAndGet(), null, null),
                municipalities.findById(spec.municipality));
        place.setAddress("Testikatu 1", spec.postalCode, municipalities.findById(spec.municipality));
        place.setCoordinates(spec.latitude, spec.longitude);
        place.setAddressConfidential(spec.confidentialAddress);
        place.setAccessibility(spec.placeAccessibility);
        places.persist(place);
        Activity activity = new Activity(organisation, LocalizedText.of(spec.titleFi, spec.titleSv, spec.titleEn),
                "test", UUID.randomUUID().toString());
        activity.describe(LocalizedText.of(spec.summaryFi, null, null), LocalizedText.of(spec.descriptionFi, null, null),
                spec.easyReadFi == null ? null : LocalizedText.of(spec.easyReadFi, null, null));
        activity.setAgeRange(spec.ageMin, spec.ageMax);
        if (spec.onlineOnly) {
            activity.holdOnline("https://verkko.example/" + SEQUENCE.incrementAndGet());
        } else {
            activity.holdAt(place);
        }
        activity.classify(spec.categories.stream().map(categories::findById).collect(Collectors.toSet()),
                spec.targetGroups.stream().map(targetGroups::findById).collect(Collectors.toSet()));
        activity.setLanguages(spec.languages);
        activity.setCost(spec.free, null);
        activity.setAccessibility(spec.accessibility);
        activity.setCapacity(spec.capacity);
        activity.setInfoUrl(spec.infoUrl);
        if (spec.verifiedAt != null) {
            activity.markVerified(spec.verifiedAt);
        }
        if (spec.ongoing) {
            activity.setOngoing(true);
        } else {
            LocalDateTime first = spec.firstStart != null ? spec.firstStart
                    : LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE)).minusWeeks(2).atTime(10, 0);
            activity.addSchedule(spec.rrule == null ? Schedule.single(activity, first, Duration.ofHours(1))
                    : Schedule.recurring(activity, first, Duration.ofHours(1), spec.rrule, Schedule.DEFAULT_ZONE));
        }
        if (!spec.draft) {
            activity.publish();
        }
        activities.persist(activity);
        if (!spec.ongoing) {
            expander.expand(activity);
        }
        return activity.id();
    }

    /** A draft that is never shown to the public. */
    @Transactional
    public long draftActivity(String titleFi) {
        Organisation organisation = organisation();
        Activity activity = new Activity(organisation, LocalizedText.of(titleFi, null, null), "test",
                UUID.randomUUID().toString());
        activities.persist(activity);
        return activity.id();
    }

    @Transactional
    public Organisation organisation() {
        return organisation(OrganisationType.NGO);
    }

    @Transactional
    public Organisation organisation(OrganisationType type) {
        int n = SEQUENCE.incrementAndGet();
        Organisation organisation = new Organisation(LocalizedText.of("Testiyhdistys " + n + " ry", null, null),
                type, null);
        organisation.setCounty(counties.findById("18"));
        organisations.persist(organisation);
        return organisation;
    }
}
