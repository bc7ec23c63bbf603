package fi.silta.search.web;

import java.util.List;

import fi.silta.common.web.Field;
import fi.silta.common.web.Link;
import fi.silta.common.web.Option;

/**
 * The search page as its template reads it. {@code searched} is false when a parameter was wrong and nothing was
 * searched, so the page says so instead of "nothing found"; {@code unavailable} when search could not answer for now;
 * {@code searchQuery} is the search's query string, escaped to be one parameter of a result's link, so that the
 * activity page can link back to this very result list. {@code plain} is the plain-language (selkokieli) switch:
 * results show their easy-read title and summary where written ({@code titleLang}, {@code summaryLang} then name
 * their language), and {@code plainSwitchHref} is the link that turns it the other way. {@code services} is what
 * the page finds beside activities (see {@link SearchKinds}).
 */
record SearchView(Field query, List<Field> filters, List<String> errors, boolean searched, long total,
        List<Result> results, List<Facet> facets, Link previous, Link next, int page, int pages, String calendarHref,
        String clearHref, boolean unavailable, String searchQuery, Link didYouMean, List<Link> shortcuts, MapTiles map,
        boolean plain, String plainSwitchHref, Services services) {

    /** Whether the page lists activities: not when the resident chose services only. */
    public boolean activities() {
        return !services.kind().equals("services");
    }

    /** How many filters narrow the search (the order of the results is not one), each chosen facet value one. */
    public long chosenFilters() {
        return filters.stream().filter(f -> !f.value().isBlank() && !f.name().equals("sort")).count()
                + facets.stream().flatMap(f -> f.values().stream()).filter(FacetChoice::checked).count();
    }

    /** The filters stay open when one of them is wrong, so its message is seen beside it. */
    public boolean filtersOpen() {
        return filters.stream().anyMatch(Field::invalid);
    }

    record Result(long id, String title, String summary, String organisation, String municipality,
            List<String> sessions, boolean ongoing, String distanceKm, boolean free, boolean online, Double lat,
            Double lon, String titleLang, String summaryLang) {
    }

    /** The tile server of the results' map, and the attribution its tiles require. */
    record MapTiles(String url, String attribution) {
    }

    /**
     * The services part: the choice of kind ({@code kinds}), whether services were searched ({@code shown}), what
     * was found, whether they were left out for a filter of activities only ({@code leftOut}, with
     * {@code withoutFilters} to see them) or shown with such filters not applied ({@code filtersIgnored}), the link
     * to all of them under the activities ({@code more}), and whether their search was away ({@code unavailable}).
     */
    record Services(String kind, List<Option> kinds, boolean shown, long total, int size, List<ServiceRow> items,
            boolean leftOut, boolean filtersIgnored, Link withoutFilters, Link more, boolean unavailable) {

        static Services none(String kind, List<Option> kinds) {
            return new Services(kind, kinds, false, 0, 1, List.of(), false, false, null, null, false);
        }

        /** Whether the page lists services only. */
        public boolean only() {
            return kind.equals("services");
        }
    }

    /** A service found: how it is got ({@code access}), free or its cost as its organisation writes it. */
    record ServiceRow(long id, String name, String summary, String organisation, String access, boolean free,
            String cost) {
    }

    /** A facet as a group of checkboxes in the form: values of one facet are alternatives. */
    record Facet(String name, String label, List<FacetChoice> values) {
    }

    /** A facet value: its count is the number of hits with it, whether it is chosen or not. */
    record FacetChoice(String id, String value, String label, long count, boolean checked) {
    }
}
