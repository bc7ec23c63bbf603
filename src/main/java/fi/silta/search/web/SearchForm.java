package fi.silta.search.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.silta.common.web.Field;
import fi.silta.common.web.Link;
import fi.silta.common.web.Option;
import fi.silta.common.web.QueryStrings;
import fi.silta.search.ActivityQuery;
import fi.silta.search.TimeOfDay;
import fi.silta.search.api.ActivityPage;
import fi.silta.search.api.ActivitySearchParams;
import fi.silta.search.api.ActivitySummary;
import fi.silta.search.api.FacetValue;

/**
 * Builds the search page from what was asked (the query string as sent, so links keep every parameter) and what
 * was found: the fields with their values, options and messages, the results, facet links that add or remove one
 * value, paging, and the calendar and clear links.
 */
final class SearchForm {

    /** Facets shown as checkboxes: several values of one are alternatives (accessibility: all are needed). */
    private static final List<String> CHECKBOX_FACETS = List.of("municipality", "category", "targetGroup",
            "language", "accessibility", "organisationType");

    private final Map<String, List<String>> params;
    private final SearchMessages msg;
    private final Locale locale;
    private final LocalDate today;
    private final SearchView.MapTiles map;

    /**
     * @param params the query string without {@code lang}, which the page's language decides
     */
    SearchForm(Map<String, List<String>> params, SearchMessages msg, Locale locale, LocalDate today,
            SearchView.MapTiles map) {
        this.map = map;
        this.today = today;
        this.params = params;
        this.msg = msg;
        this.locale = locale;
    }

    /**
     * @param page what was found, or null when nothing was searched
     * @param errors the message beside each wrong field, by parameter name
     * @param organisationTypes every organiser type's code with its label
     */
    SearchView view(ActivityPage page, Map<String, String> errors, boolean hasText,
            Map<String, String> organisationTypes, boolean unavailable, SearchView.Services services) {
        ActivityPage found = page != null ? page : new ActivityPage(0, 1, 1, List.of(), Map.of(), null);
        Field q = new Field("q", msg.field(SearchField.Q), first("q"), List.of(), errors.get("q"));
        List<Field> filters = new ArrayList<>();
        Map<String, String> cost = new LinkedHashMap<>();
        cost.put("true", msg.search_free_true());
        cost.put("false", msg.search_free_false());
        filters.add(choice(SearchField.FREE, errors, cost, false));
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name().substring(0, 3).toLowerCase(Locale.ROOT), msg.weekday(day));
        }
        filters.add(choice(SearchField.WEEKDAY, errors, days, false));
        Map<String, String> times = new LinkedHashMap<>();
        for (TimeOfDay part : TimeOfDay.values()) {
            times.put(part.parameter(), msg.timeOfDay(part));
        }
        filters.add(choice(SearchField.TIME_OF_DAY, errors, times, false));
        for (SearchField field : List.of(SearchField.AGE, SearchField.FROM, SearchField.TO, SearchField.POSTAL_CODE,
                SearchField.RADIUS_KM)) {
            filters.add(new Field(field.parameter(), msg.field(field), first(field.parameter()), List.of(),
                    errors.get(field.parameter())));
        }
        filters.add(sort(hasText, errors));

        List<SearchView.Facet> facets = new ArrayList<>();
        for (String name : CHECKBOX_FACETS) {
            List<SearchView.FacetChoice> choices = new ArrayList<>();
            List<String> chosen = new ArrayList<>(values(name));
            for (FacetValue v : found.facets().getOrDefault(name, List.of())) {
                boolean checked = chosen.removeIf(c -> c.equalsIgnoreCase(v.key()));
                choices.add(new SearchView.FacetChoice(name + "-" + v.key(), v.key(), v.label(), v.count(), checked));
            }
            // A chosen value that no longer has hits stays, checked, so it can be unchosen.
            for (String value : chosen) {
                String label = name.equals("organisationType")
                        ? organisationTypes.getOrDefault(value.toUpperCase(Locale.ROOT), value)
                        : value;
                choices.add(new SearchView.FacetChoice(name + "-" + value, value, label, 0, true));
            }
            if (!choices.isEmpty()) {
                facets.add(new SearchView.Facet(name, label(name), choices));
            }
        }
        // Services only are paged by the services found; otherwise the activities page as they always have.
        long total = services.only() ? services.total() : found.total();
        int size = services.only() ? services.size() : found.size();
        int pages = (int) Math.max(1, Math.min((total + size - 1) / size, ActivitySearchParams.MAX_PAGE / size));
        Link previous = found.page() > 1
                ? new Link("/" + queryString(withPage(found.page() - 1)), msg.page_previous(), false)
                : null;
        Link next = found.page() < pages
                ? new Link("/" + queryString(withPage(found.page() + 1)), msg.page_next(), false)
                : null;
        Map<String, List<String>> calendar = new LinkedHashMap<>(params);
        calendar.remove("page");
        calendar.put("lang", List.of(locale.getLanguage()));
        Map<String, List<String>> clear = new LinkedHashMap<>();
        if (!first("q").isEmpty()) {
            clear.put("q", List.of(first("q")));
        }
        if (plain()) {
            clear.put("selko", List.of("true"));
        }
        return new SearchView(q, filters, summary(errors, q, filters), page != null, found.total(),
                found.items().stream().map(this::result).toList(), facets, previous, next, found.page(), pages,
                "/api/v1/activities.ics" + queryString(calendar), "/" + queryString(clear), unavailable,
                QueryStrings.encode(queryString(params).replaceFirst("^\\?", "")), didYouMean(found.didYouMean()), shortcuts(),
                map, plain(), plainSwitch(), services);
    }

    /**
     * "For me" shortcuts, plain links that narrow the current search: free ones, this week's (today to Sunday), and,
     * when a postal code was given, the closest first within 5 km.
     */
    private List<Link> shortcuts() {
        List<Link> links = new ArrayList<>();
        links.add(shortcut(msg.search_for_me_free(), Map.of("free", "true")));
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        links.add(shortcut(msg.search_for_me_this_week(), Map.of("from", today.toString(), "to", sunday.toString())));
        if (!first("postalCode").isEmpty()) {
            links.add(shortcut(msg.search_for_me_near(), Map.of("sort", "distance", "radiusKm", "5")));
        }
        return links;
    }

    private Link shortcut(String label, Map<String, String> set) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("page");
        set.forEach((name, value) -> next.put(name, List.of(value)));
        next.put("lang", List.of(locale.getLanguage()));
        boolean current = set.entrySet().stream().allMatch(e -> first(e.getKey()).equals(e.getValue()));
        return new Link("/" + queryString(next), label, current);
    }

    /** The same search with the respelled words, when nothing was found but they find something. */
    private Link didYouMean(String respelled) {
        if (respelled == null) {
            return null;
        }
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("page");
        next.put("q", List.of(respelled));
        next.put("lang", List.of(locale.getLanguage()));
        return new Link("/" + queryString(next), respelled, false);
    }

    /** The summary above the form, and the messages of parameters the form has no field for. */
    private List<String> summary(Map<String, String> errors, Field q, List<Field> filters) {
        if (errors.isEmpty()) {
            return List.of();
        }
        List<String> summary = new ArrayList<>(List.of(msg.search_error_summary()));
        errors.forEach((name, message) -> {
            if (!name.equals(q.name()) && filters.stream().noneMatch(f -> f.name().equals(name))) {
                summary.add(SearchField.of(name).map(f -> msg.field(f) + ": ").orElse("") + message);
            }
        });
        return summary;
    }

    private String label(String parameter) {
        return SearchField.of(parameter).map(msg::field).orElse(parameter);
    }

    /** A select of fixed choices, "any" first. */
    private Field choice(SearchField field, Map<String, String> errors, Map<String, String> choices,
            boolean ignoreCase) {
        String current = first(field.parameter());
        List<Option> options = new ArrayList<>(List.of(new Option("", msg.search_any(), current.isEmpty())));
        choices.forEach((value, label) -> options.add(new Option(value, label,
                ignoreCase ? value.equalsIgnoreCase(current) : value.equals(current))));
        return new Field(field.parameter(), msg.field(field), current, options, errors.get(field.parameter()));
    }

    private Field sort(boolean hasText, Map<String, String> errors) {
        String current = first("sort");
        // The default order is the first option, and is not offered a second time under its own name.
        List<Option> options = new ArrayList<>();
        options.add(new Option("", hasText ? msg.search_sort_relevance() : msg.search_sort_soonest(),
                current.isEmpty() || current.equals(hasText ? "relevance" : "soonest")));
        options.add(hasText ? new Option("soonest", msg.search_sort_soonest(), "soonest".equals(current))
                : new Option("relevance", msg.search_sort_relevance(), "relevance".equals(current)));
        options.add(new Option("distance", msg.search_sort_distance(), "distance".equals(current)));
        return new Field("sort", msg.field(SearchField.SORT), current, options, errors.get("sort"));
    }

    /** Whether the resident has switched to plain language ({@code selko=true}), kept in every link of the page. */
    private boolean plain() {
        return "true".equals(first("selko"));
    }

    /** The same search with the plain-language switch turned the other way. */
    private String plainSwitch() {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("selko");
        if (!plain()) {
            next.put("selko", List.of("true"));
        }
        next.put("lang", List.of(locale.getLanguage()));
        return "/" + queryString(next);
    }

    private SearchView.Result result(ActivitySummary item) {
        List<String> sessions = item.nextOccurrences().stream().filter(o -> !o.cancelled()).limit(3)
                .map(o -> when(o.start(), o.end())).toList();
        boolean plainTitle = plain() && item.easyReadTitle() != null;
        boolean plainSummary = plain() && item.easyReadSummary() != null;
        return new SearchView.Result(item.id(), plainTitle ? item.easyReadTitle() : item.title(),
                plainSummary ? item.easyReadSummary() : item.summary(),
                item.organisation() == null ? null : item.organisation().name(),
                item.municipality() == null ? null : item.municipality().name(), sessions,
                item.nextOccurrences().isEmpty(),
                item.distanceKm() == null ? null : String.format(locale, "%.1f", item.distanceKm()), item.free(),
                item.online(), item.place() == null ? null : item.place().lat(),
                item.place() == null ? null : item.place().lon(), plainTitle ? locale.getLanguage() : null,
                plainSummary ? locale.getLanguage() : null);
    }

    /** "ti 24.11. klo 10.00–11.00", in Finnish time whatever the zone a feed gave the session. */
    private String when(OffsetDateTime start, OffsetDateTime end) {
        ZonedDateTime from = start.atZoneSameInstant(ActivityQuery.ZONE);
        ZonedDateTime to = end.atZoneSameInstant(ActivityQuery.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(msg.session_time(), locale);
        return msg.session_when(DateTimeFormatter.ofPattern(msg.session_day(), locale).format(from), time.format(from),
                time.format(to));
    }

    private List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private Map<String, List<String>> withPage(int page) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("page", List.of(String.valueOf(page)));
        return next;
    }

    private String first(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** The query string of the parameters that have a value, "?" first; empty when none has. */
    static String queryString(Map<String, List<String>> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.stream().filter(v -> v != null && !v.isEmpty())
                .forEach(value -> query.append(query.isEmpty() ? '?' : '&').append(QueryStrings.encode(name))
                        .append('=').append(QueryStrings.encode(value))));
        return query.toString();
    }
}
