package fi.silta.importers;

import java.util.List;

/** What an importer made of a feed: the records it understood and those it had to reject. */
public record ParsedFeed(List<ImportedActivity> records, List<RecordFailure> failures) {

    public ParsedFeed {
        records = List.copyOf(records);
        failures = List.copyOf(failures);
    }
}
