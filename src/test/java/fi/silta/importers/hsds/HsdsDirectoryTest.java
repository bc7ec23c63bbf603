package fi.silta.importers.hsds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
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

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/**
 * An HSDS API as the UK profile serves it, built by this test on a local server: {@code /services} lists
 * summaries (id, name, status) a hundred to a page, and {@code /services/{id}} gives each service in full.
 */
@QuarkusTest
class HsdsDirectoryTest {

    private static final int SERVICES = 1000;
    private static final int PAGE_SIZE = 100;
    private static FeedServer server;

    @BeforeAll
    static void serveTheDirectory() {
        server = FeedServer.start();
        int pages = SERVICES / PAGE_SIZE;
        for (int page = 1; page <= pages; page++) {
            List<String> summaries = new ArrayList<>();
            for (int i = (page - 1) * PAGE_SIZE; i < page * PAGE_SIZE; i++) {
                summaries.add(summary(i));
                server.serve("/directory/services/palvelu-" + i, "application/json", detail(i));
            }
            server.serve("/directory/services" + (page == 1 ? "" : "?page=" + page), "application/json",
                    list(page, pages, summaries));
        }
        // A list that names one service twice, on its first and its second page.
        server.serve("/repeating/services", "application/json", list(1, 2, List.of(summary(1), summary(2))));
        server.serve("/repeating/services?page=2", "application/json", list(2, 2, List.of(summary(2), summary(3))));
        for (int i = 1; i <= 3; i++) {
            server.serve("/repeating/services/palvelu-" + i, "application/json", detail(i));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String summary(int i) {
        return """
                {"id": "palvelu-%d", "name": "Palvelu %d", "status": "active"}""".formatted(i, i);
    }

    private static String list(int page, int pages, List<String> contents) {
        return """
                {"total_items": %d, "total_pages": %d, "page_number": %d, "size": %d, "first_page": %b,
                 "last_page": %b, "empty": false, "contents": [%s]}
                """.formatted(SERVICES, pages, page, contents.size(), page == 1, page == pages,
                String.join(",", contents));
    }

    private static String detail(int i) {
        return """
                {"id": "palvelu-%1$d", "name": "Palvelu %1$d", "status": "active",
                 "description": "Keskusteluapua ryhmässä, ryhmä %1$d.",
                 "schedules": [{"id": "aika-%1$d", "freq": "WEEKLY", "byday": "MO", "dtstart": "2030-01-07",
                   "opens_at": "10:00:00", "closes_at": "11:00:00"}],
                 "service_at_locations": [{"id": "sijainti-%1$d",
                   "location": {"id": "talo-%1$d", "name": "Järjestötalo %1$d", "location_type": "physical",
                     "addresses": [{"id": "osoite-%1$d", "address_1": "Rantakatu %1$d", "city": "Kokkola",
                       "postal_code": "67100", "country": "FI", "address_type": "physical"}]}}]}
                """.formatted(i);
    }

    private static JsonPath runToEnd(String token, String source) {
        long id = given().auth().oauth2(token).when().post("/api/v1/admin/sources/" + source + "/runs")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        String run = "/api/v1/admin/sources/" + source + "/runs/" + id;
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> given().auth().oauth2(token).when().get(run).then().statusCode(200)
                        .body("status", not("RUNNING")));
        return given().auth().oauth2(token).when().get(run).then().statusCode(200).extract().jsonPath();
    }

    /** Ten list pages and a thousand detail documents: far past the page limit, all in one run. */
    @Test
    void aThousandSummaryListedServicesImportInOneRun() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "hsds-hakemisto", "HSDS", server.url("/directory/services"));
        JsonPath run = runToEnd(token, "hsds-hakemisto");
        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("counts.created") + run.getInt("counts.updated")).isEqualTo(SERVICES);
        assertThat(run.getInt("counts.failed")).isZero();
        assertThat(server.requests("/directory/services/palvelu-999")).isEqualTo(1);
    }

    /** A repeated id is a duplicate record, reported as such; the feed's paging is not at fault. */
    @Test
    void aServiceListedTwiceIsReportedAsADuplicate() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "hsds-toistuva", "HSDS", server.url("/repeating/services"));
        JsonPath run = runToEnd(token, "hsds-toistuva");
        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(run.getInt("counts.created") + run.getInt("counts.updated")).isEqualTo(3);
        assertThat(run.getInt("counts.failed")).isEqualTo(1);
        assertThat(run.getString("errors[0].reason")).contains("same id");
        assertThat(server.requests("/repeating/services/palvelu-2")).isEqualTo(1);
    }

    /** A document that is empty, not JSON, or JSON of another kind fails the run and says what it was. */
    @ParameterizedTest
    @ValueSource(strings = { "HSDS", "LINKED_EVENTS", "ESPOO", "LIPPUPISTE" })
    void aForeignOrEmptyJsonDocumentFailsTheRunWithAReason(String type) {
        String token = ImportFixtures.adminToken();
        Map<String, String> documents = Map.of("empty", "", "blank", " \n", "html", "<html><body>Huolto</body></html>",
                "object", "{}", "list", "[]", "geojson", "{\"type\": \"FeatureCollection\", \"features\": []}",
                "ptv", "{\"pageNumber\": 1, \"pageCount\": 1, \"itemList\": [{\"id\": \"x\", \"serviceChannelNames\": "
                        + "[{\"language\": \"fi\", \"value\": \"Neuvonta\"}]}]}");
        documents.forEach((name, body) -> {
            String path = "/foreign/" + type + "/" + name;
            server.serve(path, "application/json", body);
            String source = ("vieras-" + type + "-" + name).toLowerCase().replace('_', '-');
            ImportFixtures.createSource(token, source, type, server.url(path));
            JsonPath run = ImportFixtures.runToEnd(token, source);
            assertThat(run.getString("status")).as(type + " " + name).isEqualTo("FAILED");
            assertThat(run.getString("message")).as(type + " " + name)
                    .matches("(?i).*(not|empty|no |holds no|neither).*");
            assertThat(run.getInt("counts.created")).isZero();
        });
    }
}
