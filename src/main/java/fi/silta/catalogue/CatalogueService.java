package fi.silta.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.OrganisationProfile;
import fi.silta.catalogue.api.SessionFacts;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.reference.PostalCode;

/** Reading one activity or organisation of the public catalogue; searching the catalogue is the search's. */
@ApplicationScoped
public class CatalogueService {

    private final ActivityRepository activities;
    private final ActivityMapper mapper;
    private final OrganisationRepository organisations;
    private final Clock clock;

    CatalogueService(ActivityRepository activities, OrganisationRepository organisations, ActivityMapper mapper,
            Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * An organisation's public profile with its published activities that have a session to come or run
     * continuously, soonest first.
     */
    @Transactional
    public OrganisationProfile organisation(long id, Language language) {
        Organisation organisation = organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + id));
        Instant now = clock.instant();
        List<OrganisationProfile.ActivityLink> links = activities
                .list("organisation.id = ?1 and status = ?2", id, ActivityStatus.PUBLISHED).stream()
                .filter(a -> a.ongoing() || !a.nextOccurrences(now, 1).isEmpty())
                .sorted(Comparator.comparing((Activity a) -> a.nextOccurrences(now, 1).stream().findFirst()
                        .map(Occurrence::startsAt).orElse(Instant.MAX)))
                .map(a -> link(a, now, language)).toList();
        List<String> areas = organisation.municipalities().stream().map(m -> m.name().resolve(language)).sorted()
                .toList();
        return new OrganisationProfile(organisation.id(), organisation.name().resolve(language),
                MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()))
                        .organisationType(organisation.type()),
                areas, organisation.email(), organisation.phone(),
                organisation.website(), links, organisation.description().resolve(language),
                descriptionLanguage(organisation.description(), language), address(organisation, language));
    }

    /** The language the description shown is written in: the page's, else the first that has one. */
    private static String descriptionLanguage(LocalizedText description, Language language) {
        if (description.get(language) != null) {
            return language.code();
        }
        String shown = description.resolve(language);
        for (Language other : Language.values()) {
            if (shown != null && shown.equals(description.get(other))) {
                return other.code();
            }
        }
        return null;
    }

    /** "Street 1, 00100 Municipality", with what is known of it; null when nothing is. */
    private static String address(Organisation organisation, Language language) {
        PostalCode code = organisation.postalCode();
        String place = code == null ? null
                : code.code() + (code.municipality() == null ? "" : " " + code.municipality().name().resolve(language));
        String street = organisation.streetAddress();
        if (street == null) {
            return place;
        }
        return place == null ? street : street + ", " + place;
    }

    private static OrganisationProfile.ActivityLink link(Activity activity, Instant now, Language language) {
        Optional<Occurrence> next = activity.nextOccurrences(now, 1).stream().findFirst();
        return new OrganisationProfile.ActivityLink(activity.id(), activity.title().resolve(language),
                next.map(o -> o.startsAt().atZone(Schedule.DEFAULT_ZONE).toOffsetDateTime()).orElse(null),
                next.map(o -> o.endsAt().atZone(Schedule.DEFAULT_ZONE).toOffsetDateTime()).orElse(null),
                activity.place() == null ? null : activity.place().name().resolve(language));
    }

    @Transactional
    public ActivityDetail get(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return mapper.detail(activity, language, clock.instant());
    }

    /**
     * An activity as residents will see it, whatever its status: for its publisher's preview. The caller
     * checks that the user publishes for the activity's organisation.
     */
    @Transactional
    public ActivityDetail preview(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return mapper.detail(activity, language, clock.instant());
    }

    /** Whether the id is a published activity: what a referral may suggest. */
    @Transactional
    public boolean publishedExists(long id) {
        return activities.findByIdOptional(id).filter(a -> a.status() == ActivityStatus.PUBLISHED).isPresent();
    }

    /** Whether the session belongs to the published activity. */
    @Transactional
    public boolean hasOccurrence(long activityId, long occurrenceId) {
        return activities.findByIdOptional(activityId).filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .map(a -> a.occurrences().stream().anyMatch(o -> Long.valueOf(occurrenceId).equals(o.id())))
                .orElse(false);
    }

    /** A session by id, with its activity and organisation; empty when it no longer exists. */
    @Transactional
    public Optional<SessionFacts> session(long occurrenceId) {
        return Optional.ofNullable(activities.getEntityManager().find(Occurrence.class, occurrenceId))
                .map(ActivityMapper::facts);
    }
}
