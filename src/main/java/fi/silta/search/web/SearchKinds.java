package fi.silta.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.silta.common.Language;
import fi.silta.common.web.Link;
import fi.silta.common.web.Option;
import fi.silta.search.ServiceFinder;
import fi.silta.search.api.ServiceCriteria;
import fi.silta.search.api.ServiceResults;

/**
 * The search page's choice of what it finds: activities and services ({@code kind=all}, the default, as a resident
 * looking for help does not know which of the two it is), activities only, or services only. Services are found by
 * the same words and narrowed by the filters that fit a service (municipality, category, target group, price); the
 * filters of dated, placed activities (days, times, place, age, language, accessibility, organiser type) do not fit
 * them. With both chosen, such a filter leaves the services out and the page says so with a link to the services
 * without it; with services only, the page shows services and says those filters are not applied to them.
 */
final class SearchKinds {

    /** The page's choice, as its address names it. */
    enum Kind {
        ALL,
        ACTIVITIES,
        SERVICES;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> of(String parameter) {
            if (parameter == null || parameter.isBlank()) {
                return Optional.of(ALL);
            }
            for (Kind kind : values()) {
                if (kind.parameter().equals(parameter.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** Services shown under the activities when both are chosen; the rest are a link away. */
    static final int SHOWN_WITH_ACTIVITIES = 5;
    /** Services on a page of services only, unless the address asks for another size. */
    static final int PAGE_SIZE = 20;
    /** The filters that only dated, placed activities have. */
    static final List<String> ACTIVITY_ONLY = List.of("from", "to", "weekday", "timeOfDay", "postalCode", "radiusKm",
            "near", "age", "language", "accessibility", "organisationType");

    private SearchKinds() {
    }

    /** The three choices as radio buttons, the current one chosen. */
    static List<Option> options(Kind current, SearchMessages msg) {
        return List.of(new Option(Kind.ALL.parameter(), msg.kind_all(), current == Kind.ALL),
                new Option(Kind.ACTIVITIES.parameter(), msg.kind_activities(), current == Kind.ACTIVITIES),
                new Option(Kind.SERVICES.parameter(), msg.kind_services(), current == Kind.SERVICES));
    }

    /** Whether the address sets a filter that services do not have. */
    static boolean activityOnlyFilter(Map<String, List<String>> params) {
        return ACTIVITY_ONLY.stream().anyMatch(name -> params.getOrDefault(name, List.of()).stream()
                .anyMatch(v -> v != null && !v.isBlank()));
    }

    /**
     * The services part of the page, or {@link SearchView.Services#none} when services are not asked for, when the
     * page could not search (a wrong value, the engine away) or when no feature finds services.
     *
     * @param params the query string without {@code lang}
     */
    static SearchView.Services find(Kind kind, Map<String, List<String>> params, Optional<ServiceFinder> finder,
            boolean searched, Language language, SearchMessages msg) {
        List<Option> options = options(kind, msg);
        if (kind == Kind.ACTIVITIES || !searched || finder.isEmpty()) {
            return SearchView.Services.none(kind.parameter(), options);
        }
        boolean activityOnly = activityOnlyFilter(params);
        if (kind == Kind.ALL && activityOnly) {
            Map<String, List<String>> without = new LinkedHashMap<>(params);
            ACTIVITY_ONLY.forEach(without::remove);
            without.remove("page");
            without.remove("sort");
            without.put("kind", List.of(Kind.SERVICES.parameter()));
            without.put("lang", List.of(language.code()));
            return new SearchView.Services(kind.parameter(), options, true, 0, 1, List.of(), true, false,
                    new Link("/" + SearchForm.queryString(without), msg.services_show_without_filters(), false),
                    null, false);
        }
        int page = kind == Kind.SERVICES ? number(params, "page", 1) : 1;
        int size = kind == Kind.SERVICES ? Math.min(100, number(params, "size", PAGE_SIZE)) : SHOWN_WITH_ACTIVITIES;
        ServiceCriteria criteria = new ServiceCriteria(first(params, "q"), values(params, "municipality"),
                values(params, "category"), values(params, "targetGroup"), free(first(params, "free")), page, size);
        ServiceResults found;
        try {
            found = finder.get().find(criteria, language);
        } catch (RuntimeException e) {
            // The services' index away for a moment: the activities still show, the services part says so.
            return new SearchView.Services(kind.parameter(), options, true, 0, 1, List.of(), false, false, null,
                    null, true);
        }
        List<SearchView.ServiceRow> rows = found.items().stream()
                .map(s -> new SearchView.ServiceRow(s.id(), s.name(), s.summary(), s.organisation(), s.access(),
                        s.free(), s.cost()))
                .toList();
        Link more = null;
        if (kind == Kind.ALL && found.total() > rows.size()) {
            Map<String, List<String>> all = new LinkedHashMap<>(params);
            all.remove("page");
            all.remove("sort");
            all.put("kind", List.of(Kind.SERVICES.parameter()));
            all.put("lang", List.of(language.code()));
            more = new Link("/" + SearchForm.queryString(all), msg.services_show_all(found.total()), false);
        }
        return new SearchView.Services(kind.parameter(), options, true, found.total(), size, rows, false,
                kind == Kind.SERVICES && activityOnly, null, more, false);
    }

    private static int number(Map<String, List<String>> params, String name, int otherwise) {
        String value = first(params, name);
        try {
            return value == null ? otherwise : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Boolean free(String value) {
        if (value == null) {
            return null;
        }
        return Set.of("true", "1", "yes").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank() ? null
                : values.get(0).strip();
    }

    private static Set<String> values(Map<String, List<String>> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, new ArrayList<>())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }
}
