package fi.silta.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.Schedule;
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
    private final Clock clock;

    CatalogueFixtures(OrganisationRepository organisations, PlaceRepository places, ActivityRepository activities,
            CategoryRepository categories, MunicipalityRepository municipalities, CountyRepository counties,
            OccurrenceExpander expander, Clock clock) {
        this.organisations = organisations;
        this.places = places;
        this.activities = activities;
        this.categories = categories;
        this.municipalities = municipalities;
        this.counties = counties;
        this.expander = expander;
        this.clock = clock;
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
        int n = SEQUENCE.incrementAndGet();
        Organisation organisation = new Organisation(LocalizedText.of("Testiyhdistys " + n + " ry", null, null),
                OrganisationType.NGO, null);
        organisation.setCounty(counties.findById("18"));
        organisations.persist(organisation);
        return organisation;
    }
}
