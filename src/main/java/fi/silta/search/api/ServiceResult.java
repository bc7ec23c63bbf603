package fi.silta.search.api;

/**
 * A service in a list of search results, as residents read it: how it is got ({@code access}, its label) and what
 * it costs ({@code cost}: the price as its organisation writes it, or null when free or not told).
 */
public record ServiceResult(long id, String name, String summary, String organisation, String access, boolean free,
        String cost) {
}
