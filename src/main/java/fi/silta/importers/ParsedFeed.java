package fi.silta.importers;

import java.util.List;

/**
 * What an importer made of a feed: the records it understood and those it had to reject. A feed of ongoing
 * services (a source whose type {@linkplain SourceType#bringsServices() brings services}) gives services instead
 * of activities.
 */
public record ParsedFeed(List<ImportedActivity> records, List<RecordFailure> failures,
        List<ImportedService> services) {

    public ParsedFeed {
        records = List.copyOf(records);
        failures = List.copyOf(failures);
        services = List.copyOf(services);
    }

    public ParsedFeed(List<ImportedActivity> records, List<RecordFailure> failures) {
        this(records, failures, List.of());
    }

    public static ParsedFeed ofServices(List<ImportedService> services, List<RecordFailure> failures) {
        return new ParsedFeed(List.of(), failures, services);
    }
}
