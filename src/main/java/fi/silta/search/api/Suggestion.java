package fi.silta.search.api;

/** An autocomplete entry: an activity title in the requested language, with the activity it opens. */
public record Suggestion(long id, String title) {
}
