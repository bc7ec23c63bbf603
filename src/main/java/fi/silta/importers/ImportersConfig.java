package fi.silta.importers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How importers fetch and treat feeds. Every limit protects Silta from a broken or hostile feed. */
@ConfigMapping(prefix = "silta.importers")
public interface ImportersConfig {

    /**
     * Host names or IP literals that may be fetched even though they resolve to a loopback, private or
     * link-local address (an intranet feed server, for example). Empty by default: such addresses are
     * refused, so a source cannot be aimed at the cloud's metadata service or an internal admin page.
     */
    Optional<List<String>> allowedHosts();

    /**
     * Ports other than 80 and 443 that feeds may be fetched from. Empty by default: a source URL (or a
     * redirect) naming another port is refused, so a feed cannot probe a mail, cache or database port. Hosts in
     * {@link #allowedHosts()}, and loopback where it is allowed, may use any port.
     */
    Optional<List<Integer>> allowedPorts();

    /** Whether loopback addresses (127.0.0.0/8, ::1) may be fetched. Dev and test serve feeds locally. */
    @WithDefault("false")
    boolean allowLoopback();

    /**
     * Folders that {@code file:} source URLs may read from. Empty by default: file URLs are refused, so a
     * source cannot read the server's own files.
     */
    Optional<List<String>> allowedFileRoots();

    /** The largest feed (or page of a paged feed) read; a larger one fails the run. */
    @WithDefault("10M")
    MemorySize maxFeedSize();

    /** How long connecting to a feed's server may take. */
    @WithDefault("10S")
    Duration connectTimeout();

    /** How long one response may take, headers and body together. */
    @WithDefault("30S")
    Duration readTimeout();

    /** How many redirects are followed; each new address is checked like the first. */
    @WithDefault("5")
    int maxRedirects();

    /** How many pages of a paged feed (Linked Events, HSDS) are read at most. */
    @WithDefault("200")
    int maxPages();

    /** How many records one feed may hold; beyond that the run fails instead of running for hours. */
    @WithDefault("20000")
    int maxRecords();

    /** How long reading and parsing one feed may take in all; a slower feed fails the run. */
    @WithDefault("2M")
    Duration feedTimeLimit();

    /**
     * The largest share of a source's live activities one run may archive without being forced. A feed
     * that suddenly lacks most of its records is far more often broken than emptied on purpose.
     */
    @WithDefault("0.2")
    double maxArchiveShare();

    /**
     * How many changed records are written in one transaction. A batch that fails is rolled back and its records
     * written again one at a time, so a bad record still fails alone.
     */
    @WithDefault("100")
    int batchSize();

    /** How many failed records of one run are stored with their reason and excerpt; all are counted. */
    @WithDefault("500")
    int maxStoredFailures();

    /** The sync interval of a source that names none. */
    @WithDefault("6H")
    Duration defaultInterval();

    /** After how long without progress a running run counts as abandoned (its instance died). */
    @WithDefault("15M")
    Duration abandonedAfter();

    /** How often each instance looks for sources whose interval has passed (also read by the scheduler). */
    @WithDefault("1m")
    String checkEvery();

    /** How many runs one instance executes at the same time. */
    @WithDefault("2")
    int parallelRuns();

    /** Sent with every request, so feed owners can see who reads them. */
    @WithDefault("Silta activity importer (+https://github.com/silta-fi)")
    String userAgent();
}
