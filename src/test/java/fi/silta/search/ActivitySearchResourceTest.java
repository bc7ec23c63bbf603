package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class ActivitySearchResourceTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void theListIsPagedAndHoldsOnlyPublishedActivities() {
        long published = fixtures.weeklyActivity("Lavatanssit seniorisalissa", "FREQ=WEEKLY;BYDAY=SA");
        long draft = fixtures.draftActivity("Keskeneräinen luonnos");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("size", 100).when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) published)));
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].nextOccurrences.size()", greaterThan(0))
                .body("items[0].organisation.name", notNullValue());
        given().queryParam("size", 100).when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", not(hasItem((int) draft)));
    }

    @Test
    void badPagingAndLanguageAreBadRequests() {
        given().queryParam("page", 0).when().get("/api/v1/activities")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("size", 1000).when().get("/api/v1/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("size", "ten").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("lang", "de").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void unknownPathsAnswerProblemDetails() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        given().when().get("/definitely/not/here")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        given().when().delete("/api/v1/activities")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
