package fi.silta.importers;

/**
 * Reads one kind of feed into Silta's import records. An importer never writes: it fetches through the
 * session (which checks addresses, sizes and time), maps each record, and reports each record it cannot
 * map with a reason instead of failing the feed.
 */
public interface FeedImporter {

    SourceType type();

    /**
     * @throws FeedException when the feed as a whole cannot be read or is not of this importer's kind
     */
    ParsedFeed read(FeedSession session) throws FeedException;
}
