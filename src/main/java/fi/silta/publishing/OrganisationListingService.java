package fi.silta.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Language;
import fi.silta.organisations.Organisation;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.FormOptions;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.reference.MunicipalityRepository;

/**
 * The organisations a publisher keeps listings for, each with its listings (those getting stale among them) and
 * the choices its forms offer. Names come in the requested language.
 */
@ApplicationScoped
public class OrganisationListingService {

    private final ActivityRepository activities;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final PublishingAccess access;
    private final PublishingMapper mapper;
    private final Clock clock;

    OrganisationListingService(ActivityRepository activities, PlaceRepository places, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, PublishingAccess access,
            PublishingMapper mapper, Clock clock) {
        this.activities = activities;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The organisations the user publishes for (every organisation, for an admin), by name. */
    @Transactional
    public List<OrganisationOverview> myOrganisations(Language language) {
        return access.ownOrganisations().stream().map(o -> overview(o, language))
                .sorted(Comparator.comparing(OrganisationOverview::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public OrganisationOverview organisation(long organisationId, Language language) {
        return overview(access.organisation(organisationId, Operation.READ), language);
    }

    /** An organisation's own listings, newest first; with {@code staleOnly}, those to confirm or update. */
    @Transactional
    public List<ActivityRow> activities(long organisationId, boolean staleOnly, Language language) {
        access.organisation(organisationId, Operation.READ);
        Instant now = clock.instant();
        return activities.list("organisation.id = ?1 order by updatedAt desc, id desc", organisationId).stream()
                .filter(a -> !staleOnly || mapper.stale(a, now)).map(a -> mapper.row(a, language, now)).toList();
    }

    /** The categories, target groups, the organisation's places and the municipalities, for forms. */
    @Transactional
    public FormOptions options(long organisationId, Language language) {
        access.organisation(organisationId, Operation.READ);
        List<Choice> categoryChoices = categories.listOrdered().stream()
                .map(c -> new Choice(c.code(), c.label().resolve(language))).toList();
        List<Choice> groupChoices = targetGroups.listOrdered().stream()
                .map(g -> new Choice(g.code(), g.label().resolve(language))).toList();
        List<Choice> placeChoices = places.list("organisation.id = ?1 order by id", organisationId).stream()
                .map(p -> mapper.place(p, language)).map(p -> new Choice(String.valueOf(p.id()), p.label())).toList();
        List<Choice> municipalityChoices = municipalities.listAll().stream()
                .map(m -> new Choice(m.code(), m.name().resolve(language)))
                .sorted(Comparator.comparing(Choice::label)).toList();
        return new FormOptions(categoryChoices, groupChoices, placeChoices, municipalityChoices);
    }

    private OrganisationOverview overview(Organisation organisation, Language language) {
        List<Activity> own = activities.list("organisation.id", organisation.id());
        return mapper.overview(organisation, own, language, clock.instant());
    }
}
