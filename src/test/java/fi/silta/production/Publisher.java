package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A publisher of one organisation of their own, as the tier's tests need one: the organisation asked to join, an admin
 * approved it and made the test user {@code publisher} its member, and it has one place. Writes go to whichever
 * instance the caller names, through the publishing API.
 */
final class Publisher {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final String token;
    private final long organisation;
    private final long place;

    private Publisher(String token, long organisation, long place) {
        this.token = token;
        this.organisation = organisation;
        this.place = place;
    }

    /** Joins a new organisation through the instance REST Assured points at. */
    static Publisher join(ProductionStack stack, String organisationName) {
        long request = given().contentType("application/json")
                .body(Map.of("name", organisationName, "type", "NGO", "municipality", "272", "contactName",
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
        String token = stack.accessToken("publisher");
        long place = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", Map.of("fi", organisationName + " talo"), "streetAddress", "Torikatu 1",
                        "postalCode", "67100", "municipality", "272", "latitude", 63.838, "longitude", 23.130))
                .when().post("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Publisher(token, organisation, place);
    }

    /** The first write of a listing: a draft with its place. */
    Calls.Answer create(String silta, String title) {
        return Calls.send("POST", silta + "/api/v1/publishing/organisations/" + organisation + "/activities", token,
                draft(title), LIMIT);
    }

    /** Writes, schedules and publishes a listing: three writes, each of which must succeed. Returns its id. */
    long publish(String silta, String title) {
        Calls.Answer created = create(silta, title);
        assertThat(created.status()).as("create: %s", created).isEqualTo(201);
        long id = created.json().path("id").asLong();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        Calls.Answer scheduled = Calls.send("POST", silta + "/api/v1/publishing/activities/" + id + "/schedules", token,
                Map.of("version", created.json().path("version").asLong(), "kind", "WEEKLY", "date",
                        tomorrow.toString(), "startTime", "10:00", "endTime", "11:00", "weekdays",
                        List.of(tomorrow.getDayOfWeek().name(), DayOfWeek.FRIDAY.name()), "until",
                        tomorrow.plusWeeks(4).toString(), "exceptions", List.of()),
                LIMIT);
        assertThat(scheduled.status()).as("schedule: %s", scheduled).isEqualTo(200);
        Calls.Answer published = Calls.send("POST", silta + "/api/v1/publishing/activities/" + id + "/publish", token,
                Map.of("version", scheduled.json().path("version").asLong()), LIMIT);
        assertThat(published.status()).as("publish: %s", published).isEqualTo(200);
        return id;
    }

    private Map<String, Object> draft(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("title", Map.of("fi", title));
        body.put("summary", Map.of("fi", "Kevyttä liikuntaa yhdessä."));
        body.put("categories", List.of("PHYSICAL_ACTIVITY"));
        body.put("languages", List.of("fi"));
        body.put("free", true);
        body.put("registration", "NONE");
        body.put("placeId", place);
        return body;
    }
}
