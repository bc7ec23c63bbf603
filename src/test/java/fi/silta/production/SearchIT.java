package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The catalogue's path in a deployment: an organisation asks to join, an admin approves it and makes a publisher
 * its member, the publisher writes, schedules and publishes an activity, and a resident finds it by an inflected
 * Finnish word, through the API and on the public page.
 */
class SearchIT {

    private static ProductionStack stack;

    @BeforeAll
    static void deployed() {
        stack = ProductionStack.get().restAssured();
    }

    @Test
    void aPublishedActivityIsFoundByResidents() {
        long request = given().contentType("application/json")
                .body(Map.of("name", "Halsuan Tuolijumpparit ry", "type", "NGO", "municipality", "069", "contactName",
                        "Testi Henkilö", "contactEmail", "testi@silta.test"))
                .when().post("/api/v1/organisation-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        String admin = stack.accessToken("admin");
        given().auth().oauth2(admin).when().post("/api/v1/admin/organisation-requests/" + request + "/approve").then()
                .statusCode(200);
        long organisation = given().auth().oauth2(admin).queryParam("status", "APPROVED").when()
                .get("/api/v1/admin/organisation-requests").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.id == " + request + " }.organisationId");
        given().auth().oauth2(admin).when().put("/api/v1/admin/organisations/" + organisation + "/members/publisher")
                .then().statusCode(204);

        String publisher = stack.accessToken("publisher");
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("title", Map.of("fi", "Tuolijumppa kylätalolla", "sv", "Stolgympa i byagården"));
        body.put("summary", Map.of("fi", "Kevyttä jumppaa tuolilla istuen."));
        body.put("categories", List.of("PHYSICAL_ACTIVITY"));
        body.put("languages", List.of("fi"));
        body.put("free", true);
        body.put("registration", "NONE");
        JsonPath draft = given().auth().oauth2(publisher).contentType("application/json").body(body).when()
                .post("/api/v1/publishing/organisations/" + organisation + "/activities").then().statusCode(201)
                .extract().jsonPath();
        long id = draft.getLong("id");
        long place = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Halsuan kylätalo"), "streetAddress", "Kirkkotie 1", "postalCode",
                        "69510", "municipality", "069", "latitude", 63.462, "longitude", 24.165))
                .when().post("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body.put("version", draft.getLong("version"));
        body.put("placeId", place);
        long version = given().auth().oauth2(publisher).contentType("application/json").body(body).when()
                .put("/api/v1/publishing/activities/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        Response schedule = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", version, "kind", "WEEKLY", "date", tomorrow.toString(),
                        "startTime", "10:00", "endTime", "11:00", "weekdays",
                        List.of(tomorrow.getDayOfWeek().name(), DayOfWeek.FRIDAY.name()), "until",
                        tomorrow.plusWeeks(6).toString(), "exceptions", List.of()))
                .when().post("/api/v1/publishing/activities/" + id + "/schedules");
        assertThat(schedule.statusCode()).as(schedule.asString()).isEqualTo(200);
        JsonPath scheduled = schedule.jsonPath();
        given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", scheduled.getLong("version"))).when()
                .post("/api/v1/publishing/activities/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // Indexing runs in the background through the outbox, as with several instances.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "jumppaan").when()
                .get("/api/v1/activities").then().statusCode(200).body("items.id", hasItem((int) id)));
        String page = given().queryParam("q", "tuolijumpat").queryParam("lang", "fi").when().get("/").then()
                .statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("main a").eachText()).contains("Tuolijumppa kylätalolla");
        given().when().get("/api/v1/activities/" + id + ".ics").then().statusCode(200)
                .contentType("text/calendar");
    }
}
