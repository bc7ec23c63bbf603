package fi.silta.services;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Language;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.security.CurrentUser;
import fi.silta.services.api.PublisherOrganisation;
import fi.silta.services.api.ServiceChoices;
import fi.silta.services.api.ServiceChoices.Choice;

/**
 * What the publishers' service pages offer: the organisations whose services the user keeps, and the choices of a
 * service's form in the page's language. Changes go through {@link ServiceEditingService}.
 */
@ApplicationScoped
public class ServiceFormService {

    /**
     * The languages a service can be offered in on the form: the national languages, Northern Sámi and the languages
     * most spoken by those who moved to Finland, as on the activity form. The API takes any two-letter code.
     */
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en", "se", "ru", "et", "ar", "so", "uk");

    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final CurrentUser user;

    ServiceFormService(OrganisationRepository organisations, PlaceRepository places, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, CurrentUser user) {
        this.organisations = organisations;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.user = user;
    }

    /** The organisations the user publishes for (every one, for an admin), by name. */
    @Transactional
    public List<PublisherOrganisation> myOrganisations(Language language) {
        var own = user.isAdmin() ? organisations.listAll() : organisations.list("id in ?1", user.organisationIds());
        return own.stream().map(o -> new PublisherOrganisation(o.id(), o.name().resolve(language)))
                .sorted(Comparator.comparing(PublisherOrganisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The choices of the organisation's service form; its own places only. */
    @Transactional
    public ServiceChoices choices(long organisationId, Language language) {
        user.requirePublisherOf(organisationId);
        ServiceMessages words = ServiceMapper.messages(language);
        CatalogueMessages catalogue = MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()));
        Locale locale = language.locale();
        return new ServiceChoices(
                Arrays.stream(AccessMethod.values()).map(a -> new Choice(a.name(), words.access(a))).toList(),
                categories.listOrdered().stream().map(c -> new Choice(c.code(), c.label().resolve(language))).toList(),
                targetGroups.listOrdered().stream().map(g -> new Choice(g.code(), g.label().resolve(language)))
                        .toList(),
                places.list("organisation.id = ?1 order by id", organisationId).stream()
                        .map(p -> new Choice(String.valueOf(p.id()), p.name().resolve(language)
                                + (p.municipality() == null ? "" : ", " + p.municipality().name().resolve(language))))
                        .toList(),
                municipalities.listAll().stream().map(m -> new Choice(m.code(), m.name().resolve(language)))
                        .sorted(Comparator.comparing(Choice::label)).toList(),
                LANGUAGES.stream().map(code -> new Choice(code, languageName(code, locale))).toList(),
                Arrays.stream(AccessibilityFeature.values()).map(f -> new Choice(f.name(), catalogue.accessibility(f)))
                        .toList());
    }

    /** The accessibility features the names stand for; names that stand for none are left out. */
    public static List<AccessibilityFeature> accessibility(List<String> names) {
        return names.stream().flatMap(name -> Arrays.stream(AccessibilityFeature.values())
                .filter(f -> f.name().equalsIgnoreCase(name.strip()))).toList();
    }

    /** Whether a name stands for an accessibility feature. */
    public static boolean isAccessibility(String name) {
        return Arrays.stream(AccessibilityFeature.values()).anyMatch(f -> f.name().equalsIgnoreCase(name.strip()));
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
