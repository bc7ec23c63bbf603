package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.TestImportersConfig;

/** Fetching is bounded: redirects are checked and limited, bodies and waits have limits. */
class FeedFetcherTest {

    private FeedServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() {
        server = FeedServer.start();
        ImportersConfig config = TestImportersConfig.with(Map.of("silta.importers.allow-loopback", "true",
                "silta.importers.max-feed-size", "1K", "silta.importers.read-timeout", "1S",
                "silta.importers.max-redirects", "2"));
        fetcher = new FeedFetcher(new AddressGuard(config), config);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchedFeed fetch(String path) throws FeedException {
        return fetcher.fetch(URI.create(server.url(path)), Instant.now().plusSeconds(30));
    }

    @Test
    void aFeedIsFetchedAndARedirectFollowed() throws FeedException {
        server.serve("/new.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        server.redirect("/old.ics", "/new.ics");
        FetchedFeed feed = fetch("/old.ics");
        assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        assertThat(feed.uri().getPath()).isEqualTo("/new.ics");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeItIsFollowed() {
        server.redirect("/feed.ics", "http://169.254.169.254/latest/meta-data/");
        assertThatThrownBy(() -> fetch("/feed.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("link-local");
    }

    @Test
    void redirectsAreLimited() {
        server.redirect("/a", "/b").redirect("/b", "/c").redirect("/c", "/d").serve("/d", "text/plain", "end");
        assertThatThrownBy(() -> fetch("/a")).isInstanceOf(FeedException.class)
                .hasMessageContaining("More than 2 redirects");
    }

    @Test
    void aFeedLargerThanTheLimitIsRefused() {
        server.serve("/big.ics", "text/calendar", "x".repeat(5000));
        assertThatThrownBy(() -> fetch("/big.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("feed size limit");
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpOn() {
        server.serve("/slow.ics", "text/calendar", "BEGIN:VCALENDAR");
        server.hold();
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetch("/slow.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anErrorStatusFailsTheFeedWithTheStatus() {
        server.fail("/gone.ics", 410);
        assertThatThrownBy(() -> fetch("/gone.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("HTTP 410");
    }
}
