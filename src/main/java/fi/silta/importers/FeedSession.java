package fi.silta.importers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
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
    private final Set<String> trustedOrigins = new HashSet<>();
    private int details;

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
        trustedOrigins.add(origin(url));
        String upgraded = upgraded(url);
        if (upgraded != null) {
            trustedOrigins.add(upgraded);
        }
    }

    /**
     * Parses a source URL; a malformed one, or one with a user name or password (which Silta would not send),
     * fails the run with a reason.
     */
    public static URI parseUrl(String url) throws FeedException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FeedException("The source URL is not a valid URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FeedException("The source URL holds a user name or password, which Silta does not send; "
                    + "give the source an address that needs none");
        }
        return uri;
    }

    /** A source URL fit to show: a user name or password in it is replaced by asterisks. */
    public static String withoutCredentials(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getRawUserInfo() == null) {
                return url;
            }
            return new URI(uri.getScheme(), "***", uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            int at = url.indexOf('@');
            int scheme = url.indexOf("://");
            return at > scheme && scheme >= 0 ? url.substring(0, scheme + 3) + "***" + url.substring(at) : url;
        }
    }

    /** The source's first document. */
    public FetchedFeed fetchFirst() throws FeedException {
        return fetch(url);
    }

    /**
     * A page of the feed: its first document or another page of a paged feed. The same page twice means the
     * feed's paging loops, and more pages than the limit means a feed far larger than any source should be;
     * both fail the run. A page must be on the feed's own scheme and host (see {@link #checkOrigin}).
     */
    public FetchedFeed fetch(URI page) throws FeedException {
        checkTime();
        checkOrigin(page);
        if (!fetched.add(page)) {
            throw new FeedException("The feed's paging returns to a page already read");
        }
        if (fetched.size() > maxPages) {
            throw new FeedException("The feed has more than " + maxPages + " pages");
        }
        return trust(fetcher.fetch(page, deadline));
    }

    /**
     * A document of one record that a list gave only in summary (an HSDS service fetched in full). Such
     * documents count against the feed's record limit, not its page limit: a directory of a thousand services
     * lists them on a few pages and needs a thousand details. The caller asks for each document once.
     */
    public FetchedFeed fetchDetail(URI document) throws FeedException {
        checkTime();
        checkOrigin(document);
        details++;
        checkRecordCount(details);
        return trust(fetcher.fetch(document, deadline));
    }

    /**
     * Paging and details stay on the feed's own scheme and host: the source's, or where its documents were
     * finally served from after redirects (http may become https on the same host). A feed names its next pages
     * itself, so without this a remote feed could make Silta read a file below the allowed folders or probe
     * another host with Silta's address.
     */
    private void checkOrigin(URI address) throws FeedException {
        if (trustedOrigins.contains(origin(address))) {
            return;
        }
        throw new FeedException("The feed points to " + AddressGuard.describe(address)
                + " for more of its content, which is not the feed's own scheme and host ("
                + AddressGuard.describe(url) + "); only pages on the feed's own host are read");
    }

    private FetchedFeed trust(FetchedFeed document) {
        trustedOrigins.add(origin(document.uri()));
        String upgraded = upgraded(document.uri());
        if (upgraded != null) {
            trustedOrigins.add(upgraded);
        }
        return document;
    }

    /** Scheme, host and port; every {@code file:} address shares one origin, below the allowed folders. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return scheme + ":";
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The https origin of the same host, which an http feed may move to. */
    private static String upgraded(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return null;
        }
        return "https://" + uri.getHost().toLowerCase(Locale.ROOT) + ":443";
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
