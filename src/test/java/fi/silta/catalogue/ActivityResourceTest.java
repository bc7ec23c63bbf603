package fi.silta.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void oneActivityShowsItsNextSessionsInFinnishTime() {
        long id = fixtures.weeklyActivity("Vesijumppa aamuvirkuille", "FREQ=WEEKLY;BYDAY=WE");
        given().when().get("/api/v1/activities/" + id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Vesijumppa aamuvirkuille"))
                .body("municipality.code", equalTo("272"))
                .body("municipality.name", equalTo("Kokkola"))
                .body("categories.code", hasItem("PHYSICAL_ACTIVITY"))
                .body("categories.label", hasItem("Liikunta"))
                .body("nextOccurrences", hasSize(5))
                // 10:00 wall-clock time in Finland, whatever the season's offset.
                .body("nextOccurrences.start", everyItem(containsString("T10:00:00+0")))
                .body("schedules[0].rrule", equalTo("FREQ=WEEKLY;BYDAY=WE"));
    }

    @Test
    void labelsFollowTheRequestedLanguage() {
        long id = fixtures.weeklyActivity("Kuntosaliryhmä", "FREQ=WEEKLY;BYDAY=FR");
        given().queryParam("lang", "sv").when().get("/api/v1/activities/" + id)
                .then().statusCode(200)
                .body("municipality.name", equalTo("Karleby"))
                .body("categories.label", hasItem("Motion"))
                // No Swedish title: the Finnish one stands in rather than an empty line.
                .body("title", equalTo("Kuntosaliryhmä"));
    }

    @Test
    void aDraftIsNotFound() {
        long draft = fixtures.draftActivity("Julkaisematon kerho");
        given().when().get("/api/v1/activities/" + draft)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"));
    }

    @Test
    void aMalformedIdIsABadRequestNamingTheParameter() {
        given().when().get("/api/v1/activities/abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:silta:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("id"))
                .body("trace", nullValue())
                .body(not(containsString("Exception")));
    }
}
