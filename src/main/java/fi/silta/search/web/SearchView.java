package fi.silta.search.web;

import java.util.List;

import fi.silta.common.web.Field;
import fi.silta.common.web.Link;

/**
 * The search page as its template reads it. {@code searched} is false when a parameter was wrong and nothing was
 * searched, so the page says so instead of "nothing found"; {@code unavailable} when search could not answer for now.
 */
record SearchView(Field query, List<Field> filters, List<String> errors, boolean searched, long total,
        List<Result> results, List<Facet> facets, Link previous, Link next, int page, int pages, String calendarHref,
        String clearHref, boolean unavailable) {

    /** How many filters narrow the search (the order of the results is not one). */
    public long chosenFilters() {
        return filters.stream().filter(f -> !f.value().isBlank() && !f.name().equals("sort")).count();
    }

    /** The filters stay open when one of them is wrong, so its message is seen beside it. */
    public boolean filtersOpen() {
        return filters.stream().anyMatch(Field::invalid);
    }

    record Result(long id, String title, String summary, String organisation, String municipality,
            List<String> sessions, boolean ongoing, Double distanceKm, boolean free, boolean online) {
    }

    record Facet(String name, String label, List<FacetLink> values) {
    }

    record FacetLink(String label, long count, String href, boolean selected) {
    }
}
