package fi.silta.importers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import fi.silta.catalogue.Schedule;
import fi.silta.common.Language;

/**
 * What an importer may use while reading one feed: the source's settings, the keyword mapping, and fetching
 * through the guarded fetcher. It keeps the feed's time limit and page count, so an importer that loops
 * over pages or records stops when the feed has had its share.
 */
public final class FeedSession {

    private final String sourceName;
    private final URI url;
    private final Language language;
    private final KeywordMap keywords;
    private final FeedFetcher fetcher;
    private final Instant deadline;
    private final int maxPages;
    private final int maxRecords;
    private final Instant now;
    private final Set<URI> fetched = new HashSet<>();

    public FeedSession(String sourceName, URI url, Language language, KeywordMap keywords, FeedFetcher fetcher,
            Instant now, Instant deadline, int maxPages, int maxRecords) {
        this.sourceName = sourceName;
        this.url = url;
        this.language = language;
        this.keywords = keywords;
        this.fetcher = fetcher;
        this.now = now;
        this.deadline = deadline;
        this.maxPages = maxPages;
        this.maxRecords = maxRecords;
    }

    /** Parses a source URL; a malformed one fails the run with a reason. */
    public static URI parseUrl(String url) throws FeedException {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FeedException("The source URL is not a valid URL");
        }
    }

    /** The source's first document. */
    public FetchedFeed fetchFirst() throws FeedException {
        return fetch(url);
    }

    /**
     * Another page of a paged feed. The same page twice means the feed's paging loops, and more pages than
     * the limit means a feed far larger than any source should be; both fail the run.
     */
    public FetchedFeed fetch(URI page) throws FeedException {
        checkTime();
        if (!fetched.add(page)) {
            throw new FeedException("The feed's paging returns to a page already read");
        }
        if (fetched.size() > maxPages) {
            throw new FeedException("The feed has more than " + maxPages + " pages");
        }
        return fetcher.fetch(page, deadline);
    }

    /** Fails the feed once its time limit has passed; importers call it between records. */
    public void checkTime() throws FeedException {
        if (Thread.currentThread().isInterrupted() || Instant.now().isAfter(deadline)) {
            throw new FeedException("Reading the feed took longer than its time limit");
        }
    }

    /** Fails the feed when it holds more records than any source should. */
    public void checkRecordCount(int count) throws FeedException {
        if (count > maxRecords) {
            throw new FeedException("The feed holds more than " + maxRecords + " records");
        }
    }

    public String sourceName() {
        return sourceName;
    }

    public URI url() {
        return url;
    }

    /** The language of texts that do not say their own. */
    public Language language() {
        return language;
    }

    /** The zone of times that do not say their own. */
    public ZoneId zone() {
        return Schedule.DEFAULT_ZONE;
    }

    public KeywordMap keywords() {
        return keywords;
    }

    public Instant now() {
        return now;
    }
}
