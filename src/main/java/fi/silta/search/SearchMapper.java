package fi.silta.search;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.ActivityMapper;
import fi.silta.catalogue.CatalogueConfig;
import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.search.api.ActivitySummary;
import fi.silta.search.api.FacetValue;
import fi.silta.search.index.ActivityHit;

/**
 * Search hits and facet counts to the search's API records, texts and labels in the requested language, the
 * sessions as many as the catalogue shows (silta.catalogue.next-occurrences).
 */
@ApplicationScoped
public class SearchMapper {

    private final CatalogueConfig config;
    private final MunicipalityRepository municipalities;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private volatile ReferenceNames referenceNames;

    SearchMapper(CatalogueConfig config, MunicipalityRepository municipalities, CategoryRepository categories,
            TargetGroupRepository targetGroups) {
        this.config = config;
        this.municipalities = municipalities;
        this.categories = categories;
        this.targetGroups = targetGroups;
    }

    /**
     * One hit, from what the index keeps of it; {@code distanceKm} is rounded to a tenth, and absent unless the search
     * was around a place.
     */
    public ActivitySummary summary(ActivityHit hit, Language language, Instant now, Double distanceKm) {
        ReferenceNames names = names();
        List<ActivitySummary.Session> sessions = hit.next(now, config.nextOccurrences()).stream()
                .map(o -> new ActivitySummary.Session(o.id(), o.startsAt(), o.endsAt(), o.cancelled()))
                .toList();
        LocalizedText municipalityName = hit.municipality() == null ? null
                : names.municipalities().get(hit.municipality());
        return new ActivitySummary(hit.id(), hit.title().localized().resolve(language), text(hit.summary(), language),
                new ActivitySummary.Organisation(hit.organisationId(), text(hit.organisationName(), language),
                        hit.organisationType()),
                hit.municipality() == null ? null
                        : new ActivitySummary.Municipality(hit.municipality(), text(municipalityName, language)),
                place(hit.place(), language), hit.online(), sessions,
                distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0, hit.free(),
                labels(hit.categories(), names.categories(), language),
                labels(hit.targetGroups(), names.targetGroups(), language),
                hit.languages(), own(hit.easyReadTitle(), language), own(hit.easyRead(), language));
    }

    private static List<ActivitySummary.Label> labels(List<String> codes, Map<String, LocalizedText> labels,
            Language language) {
        return codes.stream().map(code -> new ActivitySummary.Label(code, text(labels.get(code), language))).toList();
    }

    /** A plain-language text only in the language asked for: easy Finnish is no help to a Swedish reader. */
    private static String own(ActivityHit.Text text, Language language) {
        return text == null ? null : text.get(language);
    }

    /** A facet's values that have hits, with their labels, most hits first. */
    public List<FacetValue> facet(String facet, Map<String, Long> counts, Language language) {
        CatalogueMessages labels = labels(language);
        Function<String, String> labeller = switch (facet) {
            case "municipality" -> named(names().municipalities(), language);
            case "category" -> named(names().categories(), language);
            case "targetGroup" -> named(names().targetGroups(), language);
            case "language" -> key -> ActivityMapper.languageName(key, language);
            case "free" -> key -> Boolean.parseBoolean(key) ? labels.cost_free() : labels.cost_paid();
            case "accessibility" -> key -> labels.accessibility(AccessibilityFeature.valueOf(key));
            case "organisationType" -> key -> labels.organisationType(OrganisationType.valueOf(key));
            default -> key -> key;
        };
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new FacetValue(e.getKey(), labeller.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
                .toList();
    }

    /** Every organiser type with its label, in the order of the type, for a filter that lists them all. */
    public Map<String, String> organisationTypes(Language language) {
        CatalogueMessages labels = labels(language);
        Map<String, String> types = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            types.put(type.name(), labels.organisationType(type));
        }
        return types;
    }

    /** Where an activity is held; a confidential place shows its name only (and the index holds no more). */
    private static ActivitySummary.Place place(ActivityHit.PlaceHit place, Language language) {
        if (place == null) {
            return null;
        }
        if (place.confidential()) {
            return new ActivitySummary.Place(text(place.name(), language), null, null, null);
        }
        return new ActivitySummary.Place(text(place.name(), language), place.address(), place.lat(), place.lon());
    }

    private static CatalogueMessages labels(Language language) {
        return MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()));
    }

    /**
     * The names of municipalities, categories and target groups by code, read once: reference data that only a
     * migration changes. A search over a large catalogue has hundreds of municipalities in its facet; looking
     * each up, even in the second-level cache, had cost a tenth of the search's time.
     */
    private ReferenceNames names() {
        ReferenceNames names = referenceNames;
        if (names == null) {
            names = new ReferenceNames(
                    municipalities.listAll().stream()
                            .collect(Collectors.toUnmodifiableMap(Municipality::code, Municipality::name)),
                    categories.listAll().stream()
                            .collect(Collectors.toUnmodifiableMap(Category::code, Category::label)),
                    targetGroups.listAll().stream()
                            .collect(Collectors.toUnmodifiableMap(TargetGroup::code, TargetGroup::label)));
            referenceNames = names;
        }
        return names;
    }

    private record ReferenceNames(Map<String, LocalizedText> municipalities, Map<String, LocalizedText> categories,
            Map<String, LocalizedText> targetGroups) {
    }

    private static Function<String, String> named(Map<String, LocalizedText> names, Language language) {
        return key -> {
            LocalizedText name = names.get(key);
            return name == null ? key : name.resolve(language);
        };
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }

    private static String text(ActivityHit.Text text, Language language) {
        return text == null ? null : text.localized().resolve(language);
    }
}
