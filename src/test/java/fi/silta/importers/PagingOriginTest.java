package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.Templates;

/**
 * A paged feed chooses its next page, so it could point Silta anywhere its guard lets it: at a file below the
 * allowed folders, or at another host. Paging stays on the source's own scheme and host.
 */
@QuarkusTest
class PagingOriginTest {

    private static FeedServer server;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A first page with one event whose {@code meta.next} is the given address. */
    private static String firstPage(String next) {
        return """
                {"meta": {"count": 2, "next": "%s", "previous": null},
                 "data": [{"id": "test:first", "name": {"fi": "Ensimmäisen sivun tapahtuma"},
                   "start_time": "%s", "end_time": "%s",
                   "location": {"id": "tprek:2", "name": {"fi": "Nuorisotalo"}, "postal_code": "00100"}}]}
                """.formatted(next, Templates.instant(2, "10:00"), Templates.instant(2, "11:00"));
    }

    @Test
    void aNextLinkToAFileIsNotFollowed() {
        String file = Path.of("src/test/resources/importers/paging/elsewhere.json").toAbsolutePath().normalize()
                .toUri().toString();
        server.serve("/to-file/event/", "application/json", firstPage(file));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "paging-to-file", "LINKED_EVENTS", server.url("/to-file/event/"));
        JsonPath run = ImportFixtures.runToEnd(token, "paging-to-file");
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("file:").doesNotContain("null");
        assertThat(run.getInt("counts.created")).isZero();
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        // The same server under another name: what a feed chooses as its next page must stay on its own host.
        String elsewhere = server.url("/other/event/").replace("127.0.0.1", "localhost");
        server.serve("/other/event/", "application/json",
                Templates.fill("importers/paging/elsewhere.json", server.url("")));
        server.serve("/to-host/event/", "application/json", firstPage(elsewhere));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "paging-to-host", "LINKED_EVENTS", server.url("/to-host/event/"));
        JsonPath run = ImportFixtures.runToEnd(token, "paging-to-host");
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("localhost");
        assertThat(server.requests("/other/event/")).isZero();
    }
}
