package fi.silta.importers;

/**
 * A record that was not imported: its id in the feed (when it had one), why, and a short raw excerpt. The id is
 * normalised as a record's own id would be, so a failed record still counts as present in the feed, and the
 * reason and excerpt are cleaned of control characters: both quote feed values, and the database refuses
 * some characters (NUL) that a feed may hold.
 */
public record RecordFailure(String originId, String reason, String excerpt) {

    public RecordFailure {
        originId = ImportedActivity.originIdOf(originId);
        reason = Texts.storable(reason, ImportRunFailure.REASON_LENGTH);
        if (reason == null) {
            reason = "could not be imported";
        }
        excerpt = Texts.truncate(Texts.clean(excerpt), ImportRunFailure.EXCERPT_LENGTH);
    }
}
