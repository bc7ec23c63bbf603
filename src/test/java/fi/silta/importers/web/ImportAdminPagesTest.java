package fi.silta.importers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.StaffBrowser;

/** Admins follow import sources and their runs on pages, a running one with its progress. */
@QuarkusTest
class ImportAdminPagesTest {

    private static FeedServer server;

    @BeforeAll
    static void serveAParishCalendar() throws IOException {
        server = FeedServer.start();
        server.serve("/seurakunta.ics", "text/calendar",
                Files.readString(Path.of("src/test/resources/importers/ics/seurakunta.ics")));
    }

    @AfterAll
    static void stopServer() {
        server.release();
        server.close();
    }

    @Test
    void anAdminSeesSourcesRunsAndAFailedRecordsReason() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "sivu-srk", "ICS", server.url("/seurakunta.ics"));
        ImportFixtures.runToEnd(token, "sivu-srk");

        StaffBrowser admin = StaffBrowser.signIn("admin");
        // Other tests add sources of their own; the admin finds this one by its name.
        Document list = Jsoup.parse(admin.get("/staff/admin/sources?q=sivu-srk&lang=en").asString());
        assertThat(list.select("table.listings a").eachText()).contains("sivu-srk");

        Document source = Jsoup.parse(admin.get("/staff/admin/sources/sivu-srk?lang=en").asString());
        assertThat(source.select("h1").text()).isEqualTo("sivu-srk");
        assertThat(source.select("table.runs tbody tr")).hasSize(1);
        assertThat(source.select(".latest-run").text()).containsPattern("\\d+ created");
        assertThat(source.select("meta[http-equiv=refresh]")).isEmpty();
    }

    @Test
    void whatWentWrongIsSaidInTheAdminsLanguageWithTheImportersSentenceMarkedAsEnglish() {
        server.serve("/rikki.ics", "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x");
        server.serve("/huono.ics", "text/calendar", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:mahdoton-1", "SUMMARY:Mahdoton", "DTSTART:20261345T990000",
                "LOCATION:Kirkko", "END:VEVENT", "END:VCALENDAR", ""));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "sivu-rikki", "ICS", server.url("/rikki.ics"));
        ImportFixtures.runToEnd(token, "sivu-rikki");
        ImportFixtures.createSource(token, "sivu-huono", "ICS", server.url("/huono.ics"));
        ImportFixtures.runToEnd(token, "sivu-huono");
        StaffBrowser admin = StaffBrowser.signIn("admin");

        Document broken = Jsoup.parse(admin.get("/staff/admin/sources/sivu-rikki?lang=fi").asString());
        assertThat(broken.select(".run-problem").text())
                .isEqualTo("Syöte ei ole lähteen tyypin mukaista muotoa, joten mitään ei tuotu.");
        assertThat(broken.select(".latest-run > p").eachText()).noneMatch(line -> line.startsWith("Not "));
        assertThat(broken.select(".latest-run details.technical p[lang=en]").text()).startsWith("Not ");

        Document refused = Jsoup.parse(admin.get("/staff/admin/sources/sivu-huono?lang=sv").asString());
        assertThat(refused.select("table.listings tbody tr td:eq(1)").first().ownText())
                .isEqualTo("Ett datum eller klockslag kan inte läsas eller är omöjligt.");
        assertThat(refused.select("table.listings details.technical p[lang=en]").text()).startsWith("has ");
    }

    @Test
    void aRunStartedFromThePageShowsItsProgressUntilItEnds() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "sivu-hidas", "ICS", server.url("/seurakunta.ics"));
        StaffBrowser admin = StaffBrowser.signIn("admin");
        server.hold();
        try {
            Response started = admin.submit("/staff/admin/sources/sivu-hidas?lang=fi",
                    "form[action=/staff/admin/sources/sivu-hidas/runs]", Map.of());
            assertThat(started.statusCode()).isEqualTo(303);
            Document running = Jsoup.parse(admin.get(started.header("Location")).asString());
            assertThat(running.select("#confirmation").text()).isEqualTo("Käynnistetty.");
            assertThat(running.select(".latest-run strong").text()).isEqualTo("käynnissä");
            assertThat(running.select(".latest-run .progress").text()).contains("päivittyy itsestään");
            assertThat(running.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("5");

            Response again = admin.submit("/staff/admin/sources/sivu-hidas",
                    "form[action=/staff/admin/sources/sivu-hidas/runs]", Map.of());
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(Jsoup.parse(again.asString()).select(".notice").text()).contains("jo ajo käynnissä");
        } finally {
            server.release();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Jsoup.parse(admin.get("/staff/admin/sources/sivu-hidas").asString()).select(".latest-run strong")
                        .text())
                .isNotEqualTo("käynnissä"));
        assertThat(Jsoup.parse(admin.get("/staff/admin/sources/sivu-hidas").asString())
                .select("meta[http-equiv=refresh]")).isEmpty();
    }
}
