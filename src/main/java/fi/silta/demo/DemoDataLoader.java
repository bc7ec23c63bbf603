package fi.silta.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.Registration;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.CountyRepository;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.services.ServiceListing;

/**
 * Loads the Central Ostrobothnia demo catalogue into an empty local database, so that a newcomer's
 * first {@code ./mvnw quarkus:dev} shows a living catalogue. Dates are relative to the day of loading.
 * Runs only where {@code silta.demo-data.enabled} is true (the dev profile); loads once: if demo
 * activities exist, it does nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String SOURCE = "demo";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final List<String> FILES = List.of("demo/kokkola.json", "demo/maaseutu.json");

    private final boolean enabled;
    private final ActivityRepository activities;
    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final CountyRepository counties;
    private final OccurrenceExpander expander;
    private final Clock clock;
    private final ObjectMapper json;
    private final SearchMapping searchMapping;
    private final DemoServices demoServices;

    DemoDataLoader(@ConfigProperty(name = "silta.demo-data.enabled", defaultValue = "false") boolean enabled,
            ActivityRepository activities, OrganisationRepository organisations, PlaceRepository places,
            CategoryRepository categories, TargetGroupRepository targetGroups, MunicipalityRepository municipalities,
            CountyRepository counties, OccurrenceExpander expander, Clock clock, ObjectMapper json,
            SearchMapping searchMapping, DemoServices demoServices) {
        this.searchMapping = searchMapping;
        this.demoServices = demoServices;
        this.enabled = enabled;
        this.activities = activities;
        this.organisations = organisations;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.counties = counties;
        this.expander = expander;
        this.clock = clock;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (enabled) {
            load();
            // Ongoing services beside the activities, on the demo organisations and places just loaded.
            demoServices.load();
            // The local index is recreated at each start (so a changed mapping never blocks a developer)
            // and indexing through the outbox is asynchronous: index the catalogue now, so that it is
            // searchable as soon as the application reports ready.
            searchMapping.scope(Activity.class).massIndexer().startAndWait();
            searchMapping.scope(ServiceListing.class).massIndexer().startAndWait();
        }
    }

    /** @return whether anything was loaded */
    @Transactional
    public boolean load() {
        if (activities.count("source", SOURCE) > 0) {
            LOG.debug("Demo catalogue already loaded");
            return false;
        }
        int activityCount = 0;
        int organisationCount = 0;
        for (String file : FILES) {
            DemoCatalogue catalogue = read(file);
            Map<String, Organisation> orgs = new HashMap<>();
            for (DemoCatalogue.DemoOrganisation o : catalogue.organisations()) {
                orgs.put(o.key(), organisation(o));
                organisationCount++;
            }
            Map<String, Place> placesByKey = new HashMap<>();
            for (DemoCatalogue.DemoPlace p : catalogue.places()) {
                placesByKey.put(p.key(), place(p, orgs));
            }
            for (DemoCatalogue.DemoActivity a : catalogue.activities()) {
                activity(a, orgs, placesByKey);
                activityCount++;
            }
        }
        LOG.infof("Loaded the demo catalogue: %d activities from %d organisations", activityCount, organisationCount);
        return true;
    }

    private DemoCatalogue read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Demo catalogue file missing: " + file);
            }
            return json.readValue(in, DemoCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private Organisation organisation(DemoCatalogue.DemoOrganisation o) {
        Organisation existing = o.businessId() == null ? null
                : organisations.findByBusinessId(o.businessId()).orElse(null);
        if (existing != null) {
            return existing;
        }
        Organisation organisation = new Organisation(texts(o.name()), OrganisationType.valueOf(o.type()), o.businessId());
        organisation.setCounty(o.county() == null ? null : counties.findById(o.county()));
        organisation.serve(municipalitySet(o.municipalities()));
        organisation.setContact(o.email(), o.phone(), o.website());
        organisation.markVerified(o.verified());
        if (o.members() != null) {
            o.members().forEach(organisation::addMember);
        }
        organisations.persist(organisation);
        return organisation;
    }

    private Place place(DemoCatalogue.DemoPlace p, Map<String, Organisation> orgs) {
        Municipality municipality = municipalities.findById(p.municipality());
        Place place = new Place(required(orgs, p.organisation(), p.key()), texts(p.name()), municipality);
        place.setAddress(p.streetAddress(), p.postalCode(), municipality);
        place.setCoordinates(p.lat(), p.lon());
        place.setAccessibility(features(p.accessibility()));
        place.setAddressConfidential(p.addressConfidential());
        places.persist(place);
        return place;
    }

    private void activity(DemoCatalogue.DemoActivity a, Map<String, Organisation> orgs, Map<String, Place> placesByKey) {
        Activity activity = new Activity(required(orgs, a.organisation(), a.key()), texts(a.title()), SOURCE, a.key());
        activity.describe(texts(a.summary()), texts(a.description()), texts(a.easyRead()));
        if (a.online()) {
            activity.holdOnline(a.onlineUrl());
        } else {
            activity.holdAt(required(placesByKey, a.place(), a.key()));
        }
        Set<Category> cats = a.categories() == null ? Set.of()
                : a.categories().stream().map(categories::findById).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<TargetGroup> groups = a.targetGroups() == null ? Set.of()
                : a.targetGroups().stream().map(targetGroups::findById)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        activity.classify(cats, groups);
        activity.setAgeRange(a.ageMin(), a.ageMax());
        activity.setLanguages(a.languages() == null ? Set.of() : new LinkedHashSet<>(a.languages()));
        activity.setCost(a.free(), texts(a.price()));
        Map<String, String> registration = a.registration() == null ? Map.of() : a.registration();
        activity.setRegistration(Registration.valueOf(registration.getOrDefault("type", "NONE")),
                registration.get("url"), registration.get("phone"));
        activity.setCapacity(a.capacity());
        activity.setAccessibility(features(a.accessibility()));
        Map<String, String> contact = a.contact() == null ? Map.of() : a.contact();
        activity.setContact(contact.get("name"), contact.get("email"), contact.get("phone"));
        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        for (DemoCatalogue.DemoSchedule s : a.schedules()) {
            LocalTime time = LocalTime.parse(s.time());
            Duration duration = Duration.ofMinutes(s.durationMinutes());
            if (s.rrule() != null) {
                // Series began a few weeks ago, as real ones do, and go on.
                LocalDateTime firstStart = today.minusWeeks(4).atTime(time);
                activity.addSchedule(Schedule.recurring(activity, firstStart, duration, s.rrule(), Schedule.DEFAULT_ZONE));
            } else {
                activity.addSchedule(Schedule.single(activity, today.plusDays(s.inDays()).atTime(time), duration));
            }
        }
        int verifiedDaysAgo = a.lastVerifiedDaysAgo() == null ? 30 : a.lastVerifiedDaysAgo();
        activity.markVerified(clock.instant().minus(verifiedDaysAgo, ChronoUnit.DAYS));
        activity.publish();
        activities.persist(activity);
        expander.expand(activity);
    }

    private Set<Municipality> municipalitySet(List<String> codes) {
        Set<Municipality> set = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(code -> set.add(municipalities.findById(code)));
        }
        return set;
    }

    private static Set<AccessibilityFeature> features(List<String> names) {
        Set<AccessibilityFeature> set = EnumSet.noneOf(AccessibilityFeature.class);
        if (names != null) {
            names.forEach(name -> set.add(AccessibilityFeature.valueOf(name)));
        }
        return set;
    }

    private static <T> T required(Map<String, T> byKey, String key, String referrer) {
        T value = byKey.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data: " + referrer + " refers to unknown key " + key);
        }
        return value;
    }

    private static LocalizedText texts(DemoCatalogue.Texts texts) {
        return texts == null ? null : LocalizedText.of(texts.fi(), texts.sv(), texts.en());
    }
}
