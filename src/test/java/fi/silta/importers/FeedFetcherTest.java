package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.TestImportersConfig;

/** Fetching is bounded: redirects are checked and limited, bodies and waits have limits. */
class FeedFetcherTest {

    private FeedServer server;
    private Vertx vertx;
    private ImportersConfig config;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() {
        server = FeedServer.start();
        vertx = Vertx.vertx();
        config = TestImportersConfig.with(Map.of("silta.importers.allow-loopback", "true",
                "silta.importers.max-feed-size", "1K", "silta.importers.read-timeout", "10S",
                "silta.importers.max-redirects", "2"));
        fetcher = new FeedFetcher(new AddressGuard(config), config, vertx);
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private FetchedFeed fetch(String path) throws FeedException {
        return fetcher.fetch(URI.create(server.url(path)), Instant.now().plusSeconds(30));
    }

    /** A guard whose resolver knows the given names as this machine, and counts how often it is asked. */
    private AddressGuard localNames(AtomicInteger lookups, String... names) {
        return new AddressGuard(Optional.empty(), Optional.empty(), true, Optional.empty(), host -> {
            lookups.incrementAndGet();
            if (!List.of(names).contains(host)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
        });
    }

    @Test
    void aFeedIsFetchedAndARedirectFollowed() throws FeedException {
        server.serve("/new.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        server.redirect("/old.ics", "/new.ics");
        FetchedFeed feed = fetch("/old.ics");
        assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        assertThat(feed.uri().getPath()).isEqualTo("/new.ics");
    }

    /**
     * The host is resolved once, by the guard, and the connection goes to the address it checked, under the
     * feed's own name. No DNS server knows {@code feeds.example}: only a fetcher that connects to the checked
     * address reaches the feed, and a name that would answer differently the second time (DNS rebinding) is
     * never asked a second time.
     */
    @Test
    void theConnectionGoesToTheCheckedAddressUnderTheFeedsName() throws FeedException {
        AtomicInteger lookups = new AtomicInteger();
        FeedFetcher pinned = new FeedFetcher(localNames(lookups, "feeds.example"), config, vertx);
        server.serve("/pinned.ics", "text/calendar", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        try {
            FetchedFeed feed = pinned.fetch(URI.create("http://feeds.example:" + server.port() + "/pinned.ics"),
                    Instant.now().plusSeconds(30));
            assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        } finally {
            pinned.close();
        }
        assertThat(server.host("/pinned.ics")).isEqualTo("feeds.example:" + server.port());
        assertThat(lookups).hasValue(1);
    }

    /** A certificate for {@code feeds.example}, made by the JDK's keytool into a PKCS #12 file. */
    private static PfxOptions certificateFor(Path folder, String name) throws Exception {
        Path store = folder.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "feed", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=dns:" + name, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return new PfxOptions().setPath(store.toString()).setPassword("changeit");
    }

    /** Over TLS the feed's name is the server name sent and the name its certificate must hold. */
    @Test
    void tlsIsCheckedAgainstTheFeedsNameNotTheAddress(@TempDir Path folder) throws Exception {
        PfxOptions certificate = certificateFor(folder, "feeds.example");
        AtomicReference<String> serverName = new AtomicReference<>();
        HttpServer https = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
                .setKeyCertOptions(certificate).setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> {
                    serverName.set(request.connection().indicatedServerName());
                    request.response().putHeader("Content-Type", "text/calendar")
                            .end("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
                });
        int port = https.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        FeedFetcher tls = new FeedFetcher(localNames(new AtomicInteger(), "feeds.example", "other.example"), config,
                vertx, certificate);
        try {
            FetchedFeed feed = tls.fetch(URI.create("https://feeds.example:" + port + "/calendar.ics"),
                    Instant.now().plusSeconds(30));
            assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
            assertThat(serverName).hasValue("feeds.example");
            assertThatThrownBy(() -> tls.fetch(URI.create("https://other.example:" + port + "/calendar.ics"),
                    Instant.now().plusSeconds(30))).isInstanceOf(FeedException.class)
                    .hasMessageContaining("securely");
        } finally {
            tls.close();
            https.close();
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeItIsFollowed() {
        server.redirect("/feed.ics", "http://169.254.169.254/latest/meta-data/");
        assertThatThrownBy(() -> fetch("/feed.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("link-local");
    }

    /** A refused redirect to a file says which file, not "file://null". */
    @Test
    void aRedirectToAFileIsRefusedNamingTheFile() {
        server.redirect("/feed.ics", "file:///etc/passwd");
        assertThatThrownBy(() -> fetch("/feed.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("file:/etc/passwd")
                .hasMessageNotContaining("null");
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
        ImportersConfig impatient = TestImportersConfig.with(Map.of("silta.importers.allow-loopback", "true",
                "silta.importers.read-timeout", "1S"));
        FeedFetcher quick = new FeedFetcher(new AddressGuard(impatient), impatient, vertx);
        server.hold();
        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> quick.fetch(URI.create(server.url("/slow.ics")), Instant.now().plusSeconds(30)))
                    .isInstanceOf(FeedException.class).hasMessageContaining("did not answer");
        } finally {
            quick.close();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anErrorStatusFailsTheFeedWithTheStatus() {
        server.fail("/gone.ics", 410);
        assertThatThrownBy(() -> fetch("/gone.ics")).isInstanceOf(FeedException.class)
                .hasMessageContaining("HTTP 410");
    }
}
