package fi.silta.importers;

/** A record that was not imported: its id in the feed (when it had one), why, and a short raw excerpt. */
public record RecordFailure(String originId, String reason, String excerpt) {
}
