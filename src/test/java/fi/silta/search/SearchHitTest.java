package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * A result row is built from what the index keeps of the activity: it must show what the activity shows now, after
 * every change to the activity, its sessions and its place, and never hold a confidential address.
 */
@QuarkusTest
class SearchHitTest {

    private static final String API = "/api/v1/publishing";

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    SearchSession searchSession;

    private long organisation;
    private String publisher;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Hakutulosyhdistys ry", "publisher");
        publisher = DemoUsers.accessToken("publisher");
    }

    @Test
    void aResultRowFollowsEveryChangeOfTheActivityItsSessionsAndItsPlace() {
        Map<String, Object> place = place("Isokatu 1", false);
        long placeId = given().auth().oauth2(publisher).contentType("application/json").body(place)
                .when().post(API + "/organisations/" + organisation + "/places")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long id = publishedWeekly("Kantelepiiri aloittelijoille", placeId);

        JsonPath row = row("kantelepiiri", id);
        assertThat(row.getString("title")).isEqualTo("Kantelepiiri aloittelijoille");
        assertThat(row.getString("summary")).isEqualTo("Soitetaan yhdessä.");
        assertThat(row.getString("organisation.name")).isEqualTo("Hakutulosyhdistys ry");
        assertThat(row.getString("municipality.name")).isEqualTo("Kokkola");
        assertThat(row.getString("place.address")).isEqualTo("Isokatu 1, 67100 Kokkola");
        assertThat(row.getList("categories.label")).containsExactly("Kulttuuri");
        List<Long> sessions = row.getList("nextOccurrences.id", Long.class);
        assertThat(sessions).isNotEmpty();
        assertThat(row.getList("nextOccurrences.cancelled", Boolean.class)).doesNotContain(true);
        // The activity's own page lists the same next sessions.
        assertThat(given().when().get("/api/v1/activities/" + id).then().statusCode(200).extract().jsonPath()
                .getList("nextOccurrences.id", Long.class)).startsWith(sessions.toArray(Long[]::new));

        // The place moves, the first session is called off and the summary is rewritten.
        JsonPath edit = given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then().statusCode(200)
                .extract().jsonPath();
        long version = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", edit.getLong("version")))
                .when().post(API + "/activities/" + id + "/sessions/" + sessions.get(0) + "/cancel")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> body = activity("Kantelepiiri aloittelijoille", placeId);
        body.put("version", version);
        body.put("summary", Map.of("fi", "Soitetaan yhdessä, soittimia lainataan."));
        given().auth().oauth2(publisher).contentType("application/json").body(body)
                .when().put(API + "/activities/" + id).then().statusCode(200);
        long placeVersion = given().auth().oauth2(publisher).when().get(API + "/places/" + placeId).then()
                .statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> moved = place("Torikatu 5", false);
        moved.put("version", placeVersion);
        given().auth().oauth2(publisher).contentType("application/json").body(moved)
                .when().put(API + "/places/" + placeId).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath changed = row("kantelepiiri", id);
            assertThat(changed.getString("place.address")).isEqualTo("Torikatu 5, 67100 Kokkola");
            assertThat(changed.getString("summary")).isEqualTo("Soitetaan yhdessä, soittimia lainataan.");
            assertThat(changed.getLong("nextOccurrences[0].id")).isEqualTo(sessions.get(0));
            assertThat(changed.getBoolean("nextOccurrences[0].cancelled")).isTrue();
        });
    }

    @Test
    void aConfidentialPlaceShowsItsNameOnlyAndItsAddressNeverReachesTheIndex() {
        long placeId = given().auth().oauth2(publisher).contentType("application/json")
                .body(place("Salainen polku 7", true))
                .when().post(API + "/organisations/" + organisation + "/places")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long id = publishedWeekly("Turvakotiryhmän jooga", placeId);

        JsonPath row = row("turvakotiryhmän", id);
        assertThat(row.getString("place.name")).isEqualTo("Kohtaamispaikka");
        assertThat(row.getString("place.address")).isNull();
        assertThat(row.getString("place.lat")).isNull();
        String document = QuarkusTransaction.requiringNew().call(() -> searchSession.search(Activity.class)
                .extension(ElasticsearchExtension.get()).select(f -> f.source()).where(f -> f.id().matching(id))
                .fetchSingleHit().orElseThrow().toString());
        assertThat(document).contains("Turvakotiryhmän jooga").doesNotContain("Salainen polku");
    }

    /** The result row of the activity in a search for the word, in Finnish, once the search finds it. */
    private static JsonPath row(String word, long id) {
        // Publishing reaches the index through the outbox, a moment after the answer.
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", word).queryParam("lang", "fi").when().get("/api/v1/activities")
                        .then().statusCode(200).extract().jsonPath(),
                        page -> page.getList("items.id", Long.class).contains(id))
                .setRootPath("items.find { it.id == " + id + " }");
    }

    private long publishedWeekly(String title, long placeId) {
        long id = given().auth().oauth2(publisher).contentType("application/json").body(activity(title, null))
                .when().post(API + "/organisations/" + organisation + "/activities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long version = given().auth().oauth2(publisher).when().get(API + "/activities/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> edit = activity(title, placeId);
        edit.put("version", version);
        version = given().auth().oauth2(publisher).contentType("application/json").body(edit)
                .when().put(API + "/activities/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        version = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("version", version, "kind", "WEEKLY", "date", tomorrow.toString(), "startTime", "18:00",
                        "endTime", "19:30", "weekdays", List.of(DayOfWeek.MONDAY.name(), DayOfWeek.WEDNESDAY.name()),
                        "until", tomorrow.plusWeeks(6).toString(), "exceptions", List.of()))
                .when().post(API + "/activities/" + id + "/schedules").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(publisher).contentType("application/json").body(Map.of("version", version))
                .when().post(API + "/activities/" + id + "/publish").then().statusCode(200);
        fixtures.awaitIndexed(id);
        return id;
    }

    private static Map<String, Object> activity(String titleFi, Long placeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("title", Map.of("fi", titleFi));
        body.put("summary", Map.of("fi", "Soitetaan yhdessä."));
        body.put("categories", List.of("CULTURE"));
        body.put("languages", List.of("fi"));
        body.put("free", true);
        body.put("registration", "NONE");
        if (placeId != null) {
            body.put("placeId", placeId);
        }
        return body;
    }

    private static Map<String, Object> place(String street, boolean confidential) {
        Map<String, Object> place = new HashMap<>();
        place.put("name", Map.of("fi", confidential ? "Kohtaamispaikka" : "Seurakuntakeskus"));
        place.put("streetAddress", street);
        place.put("postalCode", "67100");
        place.put("municipality", "272");
        place.put("latitude", 63.84);
        place.put("longitude", 23.13);
        place.put("addressConfidential", confidential);
        return place;
    }
}
