package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/** Managing sources and runs: admins only, every bad input a problem naming the field, one run at a time. */
@QuarkusTest
class SourceResourceTest {

    private static final String CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Silta tests//Resource//FI
            BEGIN:VEVENT
            UID:ilta@resource.example
            SUMMARY:Omaishoitajien ilta
            LOCATION:Järjestötalo\\, 67100 Kokkola
            DTSTART;TZID=Europe/Helsinki:20300401T170000
            DURATION:PT2H
            END:VEVENT
            END:VCALENDAR
            """;
    private static FeedServer server;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
        server.serve("/resource.ics", "text/calendar", CALENDAR);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "nurse", "publisher", "coordinator", "linkperson" })
    void onlyAdministratorsSeeSources(String user) {
        given().auth().oauth2(DemoUsers.accessToken(user)).when().get("/api/v1/admin/sources")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DemoUsers.accessToken(user)).when().post("/api/v1/admin/sources/any/runs")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersAreNotSignedIn() {
        given().when().get("/api/v1/admin/sources").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).when().post("/api/v1/admin/sources")
                .then().statusCode(401);
    }

    @Test
    void aSourceIsCreatedShownChangedAndRemoved() {
        String token = ImportFixtures.adminToken();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", "kokkola-ngo", "type", "CSV", "url", "https://ngo.example/toiminta.csv",
                        "syncInterval", "PT12H", "defaults", Map.of("municipality", "272",
                                "categories", List.of("PEER_SUPPORT"), "targetGroups", List.of("SENIORS"),
                                "language", "sv")))
                .when().post("/api/v1/admin/sources")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/sources/kokkola-ngo"))
                .body("name", equalTo("kokkola-ngo"))
                .body("type", equalTo("CSV"))
                .body("syncInterval", equalTo("PT12H"))
                .body("enabled", equalTo(true))
                .body("declared", equalTo(false))
                .body("defaults.municipality", equalTo("272"))
                .body("defaults.categories", equalTo(List.of("PEER_SUPPORT")))
                .body("defaults.language", equalTo("sv"))
                // No organisation given: an unverified one named after the source.
                .body("organisation.name", equalTo("kokkola-ngo"))
                .body("organisation.verified", equalTo(false));
        given().auth().oauth2(token).when().get("/api/v1/admin/sources")
                .then().statusCode(200).body("name", hasItem("kokkola-ngo"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("type", "CSV", "url", "https://ngo.example/uusi.csv", "enabled", false))
                .when().put("/api/v1/admin/sources/kokkola-ngo")
                .then().statusCode(200).body("url", equalTo("https://ngo.example/uusi.csv"))
                .body("enabled", equalTo(false))
                .body("syncInterval", equalTo("PT6H"));
        given().auth().oauth2(token).when().delete("/api/v1/admin/sources/kokkola-ngo").then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/kokkola-ngo")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void badInputIsABadRequestNamingTheField() {
        String token = ImportFixtures.adminToken();
        expectBadField(token, Map.of("name", "Bad Name!", "type", "ICS", "url", "https://x.example/a.ics"), "name");
        expectBadField(token, Map.of("name", "bad-type", "type", "RSS", "url", "https://x.example/a.ics"), "type");
        expectBadField(token, Map.of("name", "bad-url", "type", "ICS", "url", "ftp://x.example/a.ics"), "url");
        expectBadField(token, Map.of("name", "no-url", "type", "ICS"), "url");
        expectBadField(token, Map.of("name", "bad-every", "type", "ICS", "url", "https://x.example/a.ics",
                "syncInterval", "PT1M"), "syncInterval");
        expectBadField(token, Map.of("name", "bad-muni", "type", "ICS", "url", "https://x.example/a.ics",
                "defaults", Map.of("municipality", "999")), "defaults.municipality");
        expectBadField(token, Map.of("name", "bad-cat", "type", "ICS", "url", "https://x.example/a.ics",
                "defaults", Map.of("categories", List.of("KNITTING_ONLY"))), "defaults.categories");
        expectBadField(token, Map.of("name", "bad-org", "type", "ICS", "url", "https://x.example/a.ics",
                "organisationId", 999999999), "organisationId");
        expectBadField(token, Map.of("name", "demo", "type", "ICS", "url", "https://x.example/a.ics"), "name");
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/NOT_A_NAME")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/no-such-source/runs/abc")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(token).queryParam("force", "perhaps").when().post("/api/v1/admin/sources/x/runs")
                .then().statusCode(400).body("errors[0].field", equalTo("force"));
        given().auth().oauth2(token).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/admin/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    private static void expectBadField(String token, Map<String, Object> body, String field) {
        given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/admin/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    @Test
    void aSecondSourceWithTheSameNameIsAConflict() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "twice", "ICS", "https://x.example/a.ics");
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", "twice", "type", "ICS", "url", "https://x.example/b.ics"))
                .when().post("/api/v1/admin/sources")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("conflict"));
    }

    @Test
    void aRunIsAcceptedAndASecondOneWhileItGoesIsAConflict() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "held-feed", "ICS", server.url("/resource.ics"));
        server.hold();
        long id;
        try {
            JsonPath started = given().auth().oauth2(token).when().post("/api/v1/admin/sources/held-feed/runs")
                    .then().statusCode(202)
                    .header("Location", containsString("/api/v1/admin/sources/held-feed/runs/"))
                    .body("status", equalTo("RUNNING"))
                    .body("id", notNullValue())
                    .extract().jsonPath();
            id = started.getLong("id");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> server.requests("/resource.ics") > 0);
            given().auth().oauth2(token).when().get("/api/v1/admin/sources/held-feed/runs/" + id)
                    .then().statusCode(200).body("status", equalTo("RUNNING"))
                    .body("progress.processed", equalTo(0));
            given().auth().oauth2(token).when().post("/api/v1/admin/sources/held-feed/runs")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("already going"));
        } finally {
            server.release();
        }
        JsonPath run = ImportFixtures.awaitEnd(token, "held-feed", id);
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("counts.created")).isEqualTo(1);
        assertThat(run.getInt("progress.total")).isEqualTo(1);
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/held-feed/runs")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].trigger", equalTo("MANUAL"));
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/held-feed")
                .then().statusCode(200).body("lastRun.status", equalTo("SUCCEEDED")).body("activities", equalTo(1));
        // A source with imported activities keeps them on record: it can be disabled, not removed.
        given().auth().oauth2(token).when().delete("/api/v1/admin/sources/held-feed").then().statusCode(409);
    }

    @Test
    void aFeedThatCannotBeReadFailsTheRunWithAReason() {
        String token = ImportFixtures.adminToken();
        server.fail("/missing.ics", 404);
        ImportFixtures.createSource(token, "missing-feed", "ICS", server.url("/missing.ics"));
        JsonPath run = ImportFixtures.runToEnd(token, "missing-feed");
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("HTTP 404");
        server.serve("/page.html", "text/html", "<html>Kalenteri</html>");
        ImportFixtures.createSource(token, "html-page", "ICS", server.url("/page.html"));
        JsonPath html = ImportFixtures.runToEnd(token, "html-page");
        assertThat(html.getString("status")).isEqualTo("FAILED");
        assertThat(html.getString("message")).contains("Not an iCalendar feed");
    }

    @Test
    void anUnknownSourceOrRunIsNotFound() {
        String token = ImportFixtures.adminToken();
        given().auth().oauth2(token).when().post("/api/v1/admin/sources/nowhere/runs")
                .then().statusCode(404).contentType("application/problem+json");
        ImportFixtures.createSource(token, "no-runs-yet", "ICS", "https://x.example/a.ics");
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/no-runs-yet/runs/123456")
                .then().statusCode(404);
    }
}
