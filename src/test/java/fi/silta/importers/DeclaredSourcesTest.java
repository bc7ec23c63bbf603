package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.organisations.OrganisationRepository;
import fi.silta.testsupport.DeclaredFeedResource;
import fi.silta.testsupport.ImportFixtures;

/** A source declared in configuration is synced at start-up, and its activities are found by search. */
@QuarkusTest
@WithTestResource(DeclaredFeedResource.class)
class DeclaredSourcesTest {

    @Inject
    OrganisationRepository organisations;

    @Test
    void theDeclaredFeedIsImportedAtStartUpAndFoundThroughSearch() {
        // The list endpoint answers from the search index, which the outbox fills shortly after the import.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(searchTitles()).contains(DeclaredFeedResource.TITLE));
        JsonPath activity = given().queryParam("size", 100).when().get("/api/v1/activities").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = activity.getList("items");
        Map<String, Object> found = items.stream().filter(i -> DeclaredFeedResource.TITLE.equals(i.get("title")))
                .findFirst().orElseThrow();
        given().when().get("/api/v1/activities/" + found.get("id")).then().statusCode(200)
                .body("municipality.code", equalTo("272"))
                .body("place.name", equalTo("Seurakuntakoti"))
                .body("categories.code", equalTo(List.of("SOCIAL", "CRAFTS")));

        String token = ImportFixtures.adminToken();
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/" + DeclaredFeedResource.SOURCE)
                .then().statusCode(200)
                .body("declared", equalTo(true))
                .body("syncInterval", equalTo("PT1H"))
                .body("lastRun.trigger", equalTo("STARTUP"))
                .body("lastRun.counts.created", equalTo(1))
                .body("organisation.name", equalTo(DeclaredFeedResource.SOURCE))
                .body("organisation.verified", equalTo(false));
        // The organisation was created with the declared business id, waiting for an admin to verify it.
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                organisations.findByBusinessId(DeclaredFeedResource.BUSINESS_ID)).isPresent());
        // Configuration owns a declared source: the API runs it but does not change it.
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("type", "ICS", "url", "https://elsewhere.example/feed.ics"))
                .when().put("/api/v1/admin/sources/" + DeclaredFeedResource.SOURCE)
                .then().statusCode(409).contentType("application/problem+json");
    }

    /** Every published title the search API lists, page by page. */
    private static List<String> searchTitles() {
        JsonPath first = given().queryParam("size", 100).when().get("/api/v1/activities").then().statusCode(200)
                .extract().jsonPath();
        int pages = (int) Math.ceil(first.getLong("total") / 100.0);
        List<String> titles = new ArrayList<>(first.getList("items.title", String.class));
        for (int page = 2; page <= pages; page++) {
            titles.addAll(given().queryParam("size", 100).queryParam("page", page).when().get("/api/v1/activities")
                    .then().statusCode(200).extract().jsonPath().getList("items.title", String.class));
        }
        return titles;
    }
}
