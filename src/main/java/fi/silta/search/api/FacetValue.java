package fi.silta.search.api;

/** One value of a facet: its key (a code, a flag), its label in the requested language and its hit count. */
public record FacetValue(String key, String label, long count) {
}
