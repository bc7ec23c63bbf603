package fi.silta.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/** Publishers keep their own organisation's listings through the API, and only their own. */
@QuarkusTest
class PublishingApiTest {

    private static final String API = "/api/v1/publishing";

    @Inject
    CatalogueFixtures fixtures;

    private long ownOrganisation;
    private long otherOrganisation;
    private String publisher;
    private String otherPublisher;

    @BeforeEach
    void organisations() {
        ownOrganisation = fixtures.organisationWithMembers("Oma yhdistys ry", "publisher");
        otherOrganisation = fixtures.organisationWithMembers("Toinen yhdistys ry", "publisher2");
        publisher = DemoUsers.accessToken("publisher");
        otherPublisher = DemoUsers.accessToken("publisher2");
    }

    static Map<String, Object> activity(String titleFi) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("title", Map.of("fi", titleFi, "sv", "Stolgympa"));
        body.put("summary", Map.of("fi", "Kevyttä jumppaa tuolilla istuen."));
        body.put("categories", List.of("PHYSICAL_ACTIVITY"));
        body.put("languages", List.of("fi", "sv"));
        body.put("free", true);
        body.put("registration", "NONE");
        return body;
    }

    private JsonPath create(String token, long organisation, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post(API + "/organisations/" + organisation + "/activities")
                .then().statusCode(201).extract().jsonPath();
    }

    private long place(String token, long organisation) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Seurakuntakeskus"), "streetAddress", "Isokatu 1", "postalCode",
                        "67100", "municipality", "272", "latitude", 63.84, "longitude", 23.13))
                .when().post(API + "/organisations/" + organisation + "/places")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aPublisherWritesSchedulesAndPublishesAnActivityResidentsThenFind() {
        JsonPath draft = create(publisher, ownOrganisation, activity("Tuolijumppa omassa yhdistyksessä"));
        long id = draft.getLong("id");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        given().when().get("/api/v1/activities/" + id).then().statusCode(404);

        Map<String, Object> edit = activity("Tuolijumppa omassa yhdistyksessä");
        edit.put("version", draft.getLong("version"));
        edit.put("placeId", place(publisher, ownOrganisation));
        long version = given().auth().oauth2(publisher).contentType("application/json").body(edit)
                .when().put(API + "/activities/" + id).then().statusCode(200).extract().jsonPath().getLong("version");

        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        JsonPath scheduled = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", version, "kind", "WEEKLY", "date", monday.toString(), "startTime", "10:00",
                        "endTime", "11:30", "weekdays", List.of(DayOfWeek.TUESDAY.name(), DayOfWeek.THURSDAY.name()),
                        "until", monday.plusWeeks(8).toString(), "exceptions", List.of()))
                .when().post(API + "/activities/" + id + "/schedules").then().statusCode(200).extract().jsonPath();
        assertThat(scheduled.getList("sessions")).hasSizeBetween(15, 18);
        assertThat(scheduled.getString("schedules[0].rule")).contains("FREQ=WEEKLY", "BYDAY=TU,TH", "UNTIL=");

        long sessionId = scheduled.getLong("sessions[0].id");
        JsonPath cancelled = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", scheduled.getLong("version")))
                .when().post(API + "/activities/" + id + "/sessions/" + sessionId + "/cancel")
                .then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getBoolean("sessions[0].cancelled")).isTrue();
        assertThat(cancelled.getBoolean("sessions[1].cancelled")).isFalse();

        given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", cancelled.getLong("version")))
                .when().post(API + "/activities/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        fixtures.awaitIndexed(id);
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Tuolijumppa omassa yhdistyksessä"));
        given().auth().oauth2(publisher).when().get(API + "/activities/" + id + "/history").then().statusCode(200)
                .body("operation", hasItem("publish")).body("actor", hasItem("publisher"));
    }

    @Test
    void publishingWithoutWhatResidentsNeedNamesTheMissingFields() {
        JsonPath draft = create(publisher, ownOrganisation, activity("Keskeneräinen"));
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", draft.getLong("version")))
                .when().post(API + "/activities/" + draft.getLong("id") + "/publish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("placeId")).body("errors.field", hasItem("schedules"));
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        Map<String, Object> body = activity("");
        body.put("title", Map.of("fi", " "));
        body.put("ageMin", 70);
        body.put("ageMax", 12);
        body.put("infoUrl", "javascript:alert(1)");
        body.put("contactEmail", "not-an-address");
        given().auth().oauth2(publisher).contentType("application/json").body(body)
                .when().post(API + "/organisations/" + ownOrganisation + "/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("ageMax"))
                .body("errors.field", hasItem("infoUrl")).body("errors.field", hasItem("contactEmail"));
        given().auth().oauth2(publisher).when().get(API + "/organisations/" + ownOrganisation + "/activities")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGets409AndTheFirstIsKept() {
        JsonPath draft = create(publisher, ownOrganisation, activity("Muistikahvila"));
        long id = draft.getLong("id");
        long startedFrom = draft.getLong("version");

        Map<String, Object> first = activity("Muistikahvila maanantaisin");
        first.put("version", startedFrom);
        Map<String, Object> second = activity("Muistikahvila tiistaisin");
        second.put("version", startedFrom);

        given().auth().oauth2(publisher).contentType("application/json").body(first)
                .when().put(API + "/activities/" + id).then().statusCode(200);
        given().auth().oauth2(publisher).contentType("application/json").body(second)
                .when().put(API + "/activities/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("edit-conflict"));

        given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then().statusCode(200)
                .body("fields.title.fi", equalTo("Muistikahvila maanantaisin"));
        given().auth().oauth2(publisher).when().get(API + "/activities/" + id + "/history").then()
                .body("outcome", hasItem("CONFLICT"));
    }

    @Test
    void ofTwoEditsSentAtTheSameMomentOneIsSavedAndTheOtherGets409() throws Exception {
        JsonPath draft = create(publisher, ownOrganisation, activity("Samanaikainen"));
        long id = draft.getLong("id");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String title : List.of("Samanaikainen A", "Samanaikainen B")) {
                Map<String, Object> body = activity(title);
                body.put("version", draft.getLong("version"));
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(publisher).contentType("application/json").body(body)
                            .when().put(API + "/activities/" + id).then().extract().statusCode();
                }));
            }
            int first = results.get(0).get();
            int second = results.get(1).get();
            assertThat(List.of(first, second)).containsExactlyInAnyOrder(200, 409);
            String kept = first == 200 ? "Samanaikainen A" : "Samanaikainen B";
            given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then()
                    .body("fields.title.fi", equalTo(kept));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPublisherCannotSeeOrChangeAnotherOrganisationsListings() {
        JsonPath theirs = create(otherPublisher, otherOrganisation, activity("Toisen yhdistyksen luonnos"));
        long id = theirs.getLong("id");
        Map<String, Object> takeover = activity("Kaapattu");
        takeover.put("version", theirs.getLong("version"));
        Map<String, Object> version = Map.of("version", theirs.getLong("version"));

        given().auth().oauth2(publisher).when().get(API + "/organisations").then().statusCode(200)
                .body("id", hasItem((int) ownOrganisation)).body("id", not(hasItem((int) otherOrganisation)));
        forbidden(given().auth().oauth2(publisher).when().get(API + "/organisations/" + otherOrganisation + "/activities"));
        forbidden(given().auth().oauth2(publisher).when().get(API + "/activities/" + id));
        forbidden(given().auth().oauth2(publisher).contentType("application/json").body(takeover)
                .when().put(API + "/activities/" + id));
        forbidden(given().auth().oauth2(publisher).contentType("application/json").body(version)
                .when().post(API + "/activities/" + id + "/publish"));
        forbidden(given().auth().oauth2(publisher).contentType("application/json").body(version)
                .when().post(API + "/activities/" + id + "/archive"));
        forbidden(given().auth().oauth2(publisher).contentType("application/json").body(activity("Uusi"))
                .when().post(API + "/organisations/" + otherOrganisation + "/activities"));

        given().auth().oauth2(otherPublisher).when().get(API + "/activities/" + id).then().statusCode(200)
                .body("fields.title.fi", equalTo("Toisen yhdistyksen luonnos")).body("status", equalTo("DRAFT"));
        given().auth().oauth2(otherPublisher).when().get(API + "/activities/" + id + "/history").then()
                .body("outcome", hasItem("DENIED"));
    }

    @Test
    void confirmingAListingMakesItCurrentAgain() {
        JsonPath draft = create(publisher, ownOrganisation, activity("Vahvistettava"));
        JsonPath confirmed = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", draft.getLong("version")))
                .when().post(API + "/activities/" + draft.getLong("id") + "/confirm").then().statusCode(200)
                .extract().jsonPath();
        assertThat(confirmed.getString("lastVerifiedAt")).isNotBlank();
        assertThat(confirmed.getLong("version")).isGreaterThan(draft.getLong("version"));
        assertThat(confirmed.getBoolean("stale")).isFalse();
    }

    @Test
    void listingsNotConfirmedForHalfAYearAreShownAsGettingStale() {
        JsonPath draft = create(publisher, ownOrganisation, activity("Vanheneva"));
        long id = draft.getLong("id");
        Map<String, Object> edit = activity("Vanheneva");
        edit.put("version", draft.getLong("version"));
        edit.put("ongoing", true);
        edit.put("placeId", place(publisher, ownOrganisation));
        long version = given().auth().oauth2(publisher).contentType("application/json").body(edit)
                .when().put(API + "/activities/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", version))
                .when().post(API + "/activities/" + id + "/publish").then().statusCode(200);
        JsonPath fresh = create(publisher, ownOrganisation, activity("Tuore luonnos"));

        given().auth().oauth2(publisher).queryParam("stale", true)
                .when().get(API + "/organisations/" + ownOrganisation + "/activities")
                .then().statusCode(200).body("size()", equalTo(0));
        fixtures.lastConfirmed(id, java.time.Duration.ofDays(200));
        given().auth().oauth2(publisher).queryParam("stale", true)
                .when().get(API + "/organisations/" + ownOrganisation + "/activities")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains((int) id))
                .body("id", not(hasItem((int) fresh.getLong("id"))));
        given().auth().oauth2(publisher).when().get(API + "/organisations").then()
                .body("find { it.id == " + ownOrganisation + " }.stale", equalTo(1));

        long current = given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then().extract()
                .jsonPath().getLong("version");
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", current))
                .when().post(API + "/activities/" + id + "/confirm").then().statusCode(200)
                .body("stale", equalTo(false));
        given().auth().oauth2(publisher).queryParam("stale", true)
                .when().get(API + "/organisations/" + ownOrganisation + "/activities")
                .then().body("size()", equalTo(0));
    }

    @Test
    void anImportedListingIsChangedAtItsSourceNotHere() throws Exception {
        String admin = DemoUsers.accessToken("admin");
        try (fi.silta.testsupport.FeedServer server = fi.silta.testsupport.FeedServer.start()) {
            server.serve("/toiminta.csv", "text/csv",
                    java.nio.file.Files.readString(java.nio.file.Path.of("docs/importers-template.csv")));
            fi.silta.testsupport.ImportFixtures.createSource(admin, Map.of("name", "oma-csv", "type", "CSV", "url",
                    server.url("/toiminta.csv"), "organisationId", ownOrganisation));
            fi.silta.testsupport.ImportFixtures.runToEnd(admin, "oma-csv");
        }
        JsonPath imported = given().auth().oauth2(publisher)
                .when().get(API + "/organisations/" + ownOrganisation + "/activities").then().statusCode(200)
                .extract().jsonPath();
        assertThat(imported.getList("source", String.class)).isNotEmpty().allMatch("oma-csv"::equals);
        long id = imported.getLong("[0].id");
        JsonPath edit = given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then().statusCode(200)
                .body("importedFrom", equalTo("oma-csv")).extract().jsonPath();
        Map<String, Object> body = activity("Muokattu tuonti");
        body.put("version", edit.getLong("version"));
        given().auth().oauth2(publisher).contentType("application/json").body(body)
                .when().put(API + "/activities/" + id).then().statusCode(409)
                .body("code", equalTo("imported-activity")).body("detail", org.hamcrest.Matchers.containsString("oma-csv"));
        // Confirming it as still accurate is allowed: that is about the listing, not its text.
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", edit.getLong("version")))
                .when().post(API + "/activities/" + id + "/confirm").then().statusCode(200);
    }

    private static void forbidden(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(403).contentType("application/problem+json");
    }
}
