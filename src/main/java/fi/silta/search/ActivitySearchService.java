package fi.silta.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonObject;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.CatalogueConfig;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.PostalCode;
import fi.silta.reference.PostalCodeRepository;
import fi.silta.search.api.ActivityPage;
import fi.silta.search.api.ActivitySearchParams;
import fi.silta.search.api.ActivitySummary;
import fi.silta.search.api.FacetValue;
import fi.silta.search.api.Suggestion;
import fi.silta.search.index.ActivityHit;

/**
 * All catalogue search: full text in every language, filters, facets, distance and dates, over the
 * published activities in the index. Referral and client data are never in this index. A search waits for the engine
 * at most {@code silta.search.engine-timeout}; when the engine is away it answers 503 with {@code Retry-After}
 * ({@link EngineOutage}), and writes go on meanwhile: the outbox indexes them once the engine is back.
 */
@ApplicationScoped
public class ActivitySearchService {

    /** Facet names, in the order pages show them. */
    public static final List<String> FACETS = List.of("municipality", "category", "targetGroup", "language", "free",
            "accessibility", "organisationType");
    /** The engine answers at most this many hits into a result list (its max_result_window). */
    static final int MAX_RESULT_WINDOW = 10_000;
    /** Titles a "did you mean" compares the query's words with. */
    private static final int DID_YOU_MEAN_TITLES = 20;
    /** Pages of a search's calendar export: a calendar is not a catalogue dump. */
    private static final int CALENDAR_PAGE = 100;

    private final SearchSession searchSession;
    private final Session session;
    private final SearchMapper mapper;
    private final PostalCodeRepository postalCodes;
    private final CatalogueConfig config;
    private final Clock clock;
    private final Duration engineTimeout;
    private final Duration retryAfter;

    ActivitySearchService(SearchSession searchSession, Session session, SearchMapper mapper,
            PostalCodeRepository postalCodes, CatalogueConfig config, Clock clock,
            @ConfigProperty(name = "silta.search.engine-timeout", defaultValue = "3S") Duration engineTimeout,
            @ConfigProperty(name = "silta.search.retry-after", defaultValue = "15S") Duration retryAfter) {
        this.searchSession = searchSession;
        this.session = session;
        this.mapper = mapper;
        this.postalCodes = postalCodes;
        this.config = config;
        this.clock = clock;
        this.engineTimeout = engineTimeout;
        this.retryAfter = retryAfter;
    }

    /**
     * Published activities matching validated parameters, one page, with facet counts over all hits.
     *
     * @throws ProblemException 400 for an unknown postal code or a page beyond what the engine can page to, 503 when
     *         the engine does not answer in time
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ActivityPage search(ActivitySearchParams params) {
        readOnly();
        return page(params.toQuery(config.defaultPageSize()));
    }

    /**
     * Published activities matching the query, one page, with facet counts over all hits.
     *
     * @throws ProblemException 400 for an unknown postal code or a page beyond what the engine can page to
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ActivityPage search(ActivityQuery query) {
        readOnly();
        return page(query);
    }

    /**
     * The ids of the first {@code max} activities validated parameters find, in their order, whatever page and size
     * they ask for: for a calendar of the search.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> activityIds(ActivitySearchParams params, int max) {
        readOnly();
        ActivityQuery query = params.toQuery(CALENDAR_PAGE);
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ids.size() < max; page++) {
            ActivityPage result = page(query.withPage(page).withSize(CALENDAR_PAGE));
            result.items().stream().map(ActivitySummary::id).forEach(ids::add);
            if (result.items().size() < CALENDAR_PAGE || (long) page * CALENDAR_PAGE >= result.total()) {
                break;
            }
        }
        return ids.subList(0, Math.min(ids.size(), max));
    }

    private ActivityPage page(ActivityQuery query) {
        ActivityQuery resolved = resolvePostalCode(query);
        int offset = (resolved.page() - 1) * resolved.size();
        if (offset + resolved.size() > MAX_RESULT_WINDOW) {
            throw ProblemException.invalidParameter("page",
                    "results are listed up to the " + MAX_RESULT_WINDOW + "th; narrow the search instead");
        }
        Instant now = clock.instant();
        Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
        Map<String, AggregationKey<JsonObject>> alternativeKeys = new LinkedHashMap<>();
        FACETS.forEach(name -> facetKeys.put(name, AggregationKey.of(name)));
        FACETS.forEach(name -> alternativeKeys.put(name, AggregationKey.of(name)));
        AggregationKey<Map<Boolean, Long>> freeKey = AggregationKey.of("free");
        // Filters on facets of alternatives narrow the hits after the counting (see AlternativeFacets): one request.
        AlternativeFacets alternatives = AlternativeFacets.of(resolved, FACETS);
        ActivityQuery matching = alternatives.any() ? alternatives.withoutThem() : resolved;

        var options = searchSession.search(Activity.class).extension(ElasticsearchExtension.get())
                .select(f -> resolved.near() == null ? f.composite().from(f.field(ActivityHit.FIELD, String.class))
                        .asList()
                        : f.composite().from(f.field(ActivityHit.FIELD, String.class),
                                f.distance("location", point(resolved.near())).unit(DistanceUnit.KILOMETERS))
                                .asList())
                .where(f -> predicate(f, matching, now))
                .sort(f -> {
                    var sort = f.composite();
                    switch (resolved.sort()) {
                        case DISTANCE -> sort.add(f.distance("location", point(resolved.near())));
                        case RELEVANCE -> sort.add(f.score());
                        case SOONEST -> {
                        }
                    }
                    sort.add(f.field("occurrences.startsAt").mode(SortMode.MIN).missing().last()
                            .filter(o -> sessionFilter(o, resolved, now)));
                    sort.add(f.field("id_sort"));
                    return sort;
                });
        if (alternatives.any()) {
            JsonObject postFilter = alternatives.postFilter();
            options = options.requestTransformer(context -> context.body().add("post_filter", postFilter));
            for (String name : FACETS) {
                options = options.aggregation(alternativeKeys.get(name), f -> f.fromJson(alternatives.aggregation(name)));
            }
        } else {
            for (String name : FACETS) {
                options = aggregate(options, name, facetKeys.get(name), freeKey);
            }
        }
        var timed = options.failAfter(engineTimeout.toMillis(), TimeUnit.MILLISECONDS);
        SearchResult<List<?>> result = EngineOutage.guard(retryAfter, () -> timed.fetch(offset, resolved.size()));

        List<ActivitySummary> items = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            Double distance = hit.size() > 1 ? (Double) hit.get(1) : null;
            items.add(mapper.summary(ActivityHit.fromJson((String) hit.get(0)), resolved.language(), now, distance));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            Map<String, Long> counts;
            if (alternatives.any()) {
                counts = AlternativeFacets.counts(result.aggregation(alternativeKeys.get(name)));
            } else if (name.equals("free")) {
                counts = new LinkedHashMap<>();
                for (Map.Entry<Boolean, Long> entry : result.aggregation(freeKey).entrySet()) {
                    counts.put(entry.getKey().toString(), entry.getValue());
                }
            } else {
                counts = result.aggregation(facetKeys.get(name));
            }
            facets.put(name, mapper.facet(name, counts, resolved.language()));
        }
        String didYouMean = result.total().hitCount() == 0 && resolved.hasText() ? didYouMean(resolved, now) : null;
        return new ActivityPage(result.total().hitCount(), resolved.page(), resolved.size(), items, facets,
                didYouMean);
    }

    /** A respelling of the query's words after titles near them, when it finds something with the same filters. */
    private String didYouMean(ActivityQuery query, Instant now) {
        ActivityQuery filtersOnly = query.withText(null);
        var near = searchSession.search(Activity.class)
                .select(f -> f.field(ActivityHit.FIELD, String.class))
                .where(f -> f.bool().must(f.extension(ElasticsearchExtension.get())
                        .fromJson(DidYouMean.titlesNear(query.text())))
                        .filter(predicate(f, filtersOnly, now)))
                .failAfter(engineTimeout.toMillis(), TimeUnit.MILLISECONDS);
        List<String> titles = new ArrayList<>();
        for (String hit : EngineOutage.guard(retryAfter, () -> near.fetchHits(DID_YOU_MEAN_TITLES))) {
            ActivityHit.Text texts = ActivityHit.fromJson(hit).title();
            for (Language language : Language.values()) {
                String title = texts.get(language);
                if (title != null) {
                    titles.add(title);
                }
            }
        }
        String respelled = DidYouMean.respell(query.text(), titles);
        if (respelled == null) {
            return null;
        }
        var check = searchSession.search(Activity.class).where(f -> predicate(f, query.withText(respelled), now))
                .failAfter(engineTimeout.toMillis(), TimeUnit.MILLISECONDS);
        return EngineOutage.guard(retryAfter, check::fetchTotalHitCount) > 0 ? respelled : null;
    }

    /** Adds a facet's count to a query being built (the step is a builder: it changes and returns itself). */
    private static <T extends SearchQueryOptionsStep<?, ?, ?, ?, ?, ?>> T aggregate(T options, String name,
            AggregationKey<Map<String, Long>> key, AggregationKey<Map<Boolean, Long>> freeKey) {
        if (name.equals("free")) {
            options.aggregation(freeKey, f -> f.terms().field("free", Boolean.class));
        } else {
            options.aggregation(key, f -> f.terms().field(AlternativeFacets.FIELDS.get(name), String.class)
                    .maxTermCount(AlternativeFacets.MAX_VALUES));
        }
        return options;
    }

    /** Up to {@code limit} titles that complete what the user has typed so far, most relevant first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Suggestion> suggest(String typed, Language language, int limit) {
        readOnly();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (typed.length() > ActivitySearchParams.MAX_QUERY_LENGTH) {
            throw ProblemException.invalidParameter("q",
                    "must be at most " + ActivitySearchParams.MAX_QUERY_LENGTH + " characters");
        }
        JsonObject prefixQuery = TextQuery.suggestion(typed);
        if (prefixQuery == null) {
            return List.of();
        }
        Instant now = clock.instant();
        ActivityQuery browse = ActivityQuery.browse(language, 1, limit);
        var query = searchSession.search(Activity.class)
                .select(f -> f.field(ActivityHit.FIELD, String.class))
                .where(f -> f.bool()
                        .must(f.extension(ElasticsearchExtension.get()).fromJson(prefixQuery))
                        .filter(predicate(f, browse, now)))
                .sort(f -> f.score().then().field("id_sort"))
                .failAfter(engineTimeout.toMillis(), TimeUnit.MILLISECONDS);
        List<String> hits = EngineOutage.guard(retryAfter, () -> query.fetchHits(limit * 2));
        List<Suggestion> suggestions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String json : hits) {
            ActivityHit activity = ActivityHit.fromJson(json);
            String title = activity.title().localized().resolve(language);
            if (!seen.contains(title.toLowerCase(Locale.ROOT)) && suggestions.size() < limit) {
                seen.add(title.toLowerCase(Locale.ROOT));
                suggestions.add(new Suggestion(activity.id(), title));
            }
        }
        return suggestions;
    }

    /**
     * A search only reads, in a transaction of its own: the activities it loads keep no snapshot for dirty
     * checking, and nothing is flushed at the end (a flush visits every loaded activity with its sessions).
     */
    private void readOnly() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, ActivityQuery query, Instant now) {
        var bool = f.bool();
        bool.filter(f.match().field("status").matching(ActivityStatus.PUBLISHED));
        // Upcoming: a session still to come that fits the date filters, or, without date filters,
        // an activity that runs continuously.
        var upcoming = f.bool().minimumShouldMatchNumber(1)
                .should(f.nested("occurrences").add(sessionFilter(f, query, now)));
        if (!query.filtersDates()) {
            upcoming.should(f.match().field("ongoing").matching(true));
        }
        bool.filter(upcoming);
        if (query.hasText()) {
            JsonObject text = TextQuery.build(query.text());
            if (text != null) {
                bool.must(f.extension(ElasticsearchExtension.get()).fromJson(text));
            }
        }
        anyOf(f, bool, "municipality", query.municipalities());
        anyOf(f, bool, "categories.code", query.categories());
        anyOf(f, bool, "targetGroups.code", query.targetGroups());
        anyOf(f, bool, "languages", query.languages());
        anyOf(f, bool, "organisationType",
                query.organisationTypes().stream().map(OrganisationType::name).collect(Collectors.toSet()));
        if (query.free() != null) {
            bool.filter(f.match().field("free").matching(query.free()));
        }
        if (!query.accessibility().isEmpty()) {
            bool.filter(f.terms().field("accessibility").matchingAll(
                    query.accessibility().stream().map(AccessibilityFeature::name).collect(Collectors.toSet())));
        }
        if (query.online() != null) {
            bool.filter(f.match().field("online").matching(query.online()));
        }
        if (query.age() != null) {
            // The age falls within the activity's range; a range open at one end does not limit on that side.
            bool.filter(f.or(f.range().field("ageMin").atMost(query.age()), f.not(f.exists().field("ageMin"))));
            bool.filter(f.or(f.range().field("ageMax").atLeast(query.age()), f.not(f.exists().field("ageMax"))));
        }
        if (query.near() != null) {
            bool.filter(f.spatial().within().field("location")
                    .circle(point(query.near()), query.radiusKm(), DistanceUnit.KILOMETERS));
        }
        return bool;
    }

    /** A session that has not ended, is not cancelled and fits the query's days and times. */
    private static PredicateFinalStep sessionFilter(SearchPredicateFactory f, ActivityQuery query, Instant now) {
        var session = f.bool()
                .filter(f.range().field("occurrences.endsAt").greaterThan(now))
                .mustNot(f.match().field("occurrences.cancelled").matching(true));
        if (query.from() != null) {
            session.filter(f.range().field("occurrences.startsAt")
                    .atLeast(query.from().atStartOfDay(ActivityQuery.ZONE).toInstant()));
        }
        if (query.to() != null) {
            session.filter(f.range().field("occurrences.startsAt")
                    .lessThan(query.to().plusDays(1).atStartOfDay(ActivityQuery.ZONE).toInstant()));
        }
        if (!query.weekdays().isEmpty()) {
            session.filter(f.terms().field("occurrences.weekday")
                    .matchingAny(query.weekdays().stream().map(DayOfWeek::name).collect(Collectors.toSet())));
        }
        if (!query.timesOfDay().isEmpty()) {
            session.filter(f.terms().field("occurrences.timeOfDay")
                    .matchingAny(query.timesOfDay().stream().map(TimeOfDay::name).collect(Collectors.toSet())));
        }
        return session;
    }

    private static void anyOf(SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> bool, String field,
            Set<String> values) {
        if (!values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private ActivityQuery resolvePostalCode(ActivityQuery query) {
        if (query.postalCode() == null || query.near() != null) {
            return query;
        }
        PostalCode code = postalCodes.findByIdOptional(query.postalCode())
                .orElseThrow(() -> ProblemException.invalidParameter("postalCode", "is not a known Finnish postal code"));
        return query.withNear(new Coordinates(code.latitude(), code.longitude()));
    }

    private static GeoPoint point(Coordinates point) {
        return GeoPoint.of(point.latitude(), point.longitude());
    }
}
