package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * What a browser test needs in the deployed catalogue, which starts empty: made through the API as the people who
 * make it would (an organisation asks to join, an admin approves it and makes {@code publisher} its member, the
 * publisher writes, schedules and publishes). The flows a test is about go through the pages instead.
 */
final class TestCatalogue {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final ProductionStack stack;
    private final String admin;
    private final String publisher;

    TestCatalogue(ProductionStack stack) {
        this.stack = stack.restAssured();
        this.admin = stack.accessToken("admin");
        this.publisher = stack.accessToken("publisher");
    }

    /** An approved organisation that {@code publisher} publishes for. */
    long organisation(String name, String municipality) {
        long request = given().contentType("application/json")
                .body(Map.of("name", name, "type", "NGO", "municipality", municipality, "contactName", "Testi Henkilö",
                        "contactEmail", "testi@silta.test"))
                .when().post("/api/v1/organisation-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).when().post("/api/v1/admin/organisation-requests/" + request + "/approve").then()
                .statusCode(200);
        long organisation = given().auth().oauth2(admin).queryParam("status", "APPROVED").when()
                .get("/api/v1/admin/organisation-requests").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.id == " + request + " }.organisationId");
        given().auth().oauth2(admin).when().put("/api/v1/admin/organisations/" + organisation + "/members/publisher")
                .then().statusCode(204);
        return organisation;
    }

    /** A place of the organisation, with its address. */
    long place(long organisation, String name, String street, String postalCode, String municipality, double lat,
            double lon) {
        return given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("name", Map.of("fi", name), "streetAddress", street, "postalCode", postalCode,
                        "municipality", municipality, "latitude", lat, "longitude", lon))
                .when().post("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * A published activity at the place, weekly from tomorrow for six weeks, found by residents once this returns.
     *
     * @param titles the title by language, {@code fi} first
     */
    long publishedActivity(long organisation, long place, Map<String, String> titles, String summary,
            String category, boolean free) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("title", titles);
        body.put("summary", Map.of("fi", summary));
        body.put("categories", List.of(category));
        body.put("languages", List.of("fi"));
        body.put("free", free);
        if (!free) {
            body.put("price", Map.of("fi", "5 € kerta"));
        }
        body.put("registration", "NONE");
        body.put("placeId", place);
        JsonPath draft = given().auth().oauth2(publisher).contentType("application/json").body(body).when()
                .post("/api/v1/publishing/organisations/" + organisation + "/activities").then().statusCode(201)
                .extract().jsonPath();
        long id = draft.getLong("id");
        LocalDate tomorrow = LocalDate.now(HELSINKI).plusDays(1);
        long version = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", draft.getLong("version"), "kind", "WEEKLY", "date", tomorrow.toString(),
                        "startTime", "10:00", "endTime", "11:00", "weekdays", List.of(tomorrow.getDayOfWeek().name()),
                        "until", tomorrow.plusWeeks(6).toString(), "exceptions", List.of()))
                .when().post("/api/v1/publishing/activities/" + id + "/schedules").then().statusCode(200).extract()
                .jsonPath().getLong("version");
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", version)).when()
                .post("/api/v1/publishing/activities/" + id + "/publish").then().statusCode(200);
        awaitFound(titles.get("fi"), id);
        return id;
    }

    /** Indexing runs in the background through the outbox; waits until a search for {@code query} finds the activity. */
    static void awaitFound(String query, long id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", query).when()
                .get("/api/v1/activities").then().statusCode(200).body("items.id", hasItem((int) id)));
    }
}
