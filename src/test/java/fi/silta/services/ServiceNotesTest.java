package fi.silta.services;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A publisher keeps an ongoing service with notes for professionals; residents find the service and never see the
 * notes, on its page or in the API; signed-in staff see them.
 */
@QuarkusTest
class ServiceNotesTest {

    static final String NOTES = "Soita suoraan palveluohjaajalle, ei jonoa";
    static final String HOW_TO_REFER = "Lähete Lifecaren kautta, merkintä ATERIA";
    static final String DIRECT_LINE = "040 123 4567";

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Kotipalvelu Oy " + System.nanoTime(), "publisher");
    }

    static Map<String, Object> service(String nameFi, boolean published) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("name", Map.of("fi", nameFi, "sv", "Måltidsservice"));
        body.put("description", Map.of("fi", "Lämmin lounas tuodaan kotiin arkipäivisin."));
        body.put("eligibility", Map.of("fi", "Kotona asuvat ikääntyneet, joiden ruoanlaitto ei enää onnistu."));
        body.put("access", "REFERRAL");
        body.put("free", false);
        body.put("cost", Map.of("fi", "8,50 € / ateria"));
        body.put("municipalities", List.of("272"));
        body.put("categories", List.of("FOOD"));
        body.put("targetGroups", List.of("SENIORS"));
        body.put("languages", List.of("fi", "sv"));
        body.put("contactPhone", "06 828 9111");
        body.put("published", published);
        body.put("professional", Map.of("howToRefer", HOW_TO_REFER, "contactName", "Palveluohjaus",
                "contactPhone", DIRECT_LINE, "waitingTime", "1–2 arkipäivää", "notes", NOTES));
        return body;
    }

    static long create(long organisation, Map<String, Object> body) {
        return given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(body)
                .when().post("/api/v1/publishing/organisations/" + organisation + "/services")
                .then().statusCode(201).body("professional.notes", equalTo(NOTES)).extract().jsonPath().getLong("id");
    }

    static void awaitFound(String query, long id) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", query).get("/api/v1/services").then().statusCode(200).extract()
                        .jsonPath().getList("items.id", Long.class).contains(id));
    }

    @Test
    void residentsFindTheServiceWithoutTheNotesAndStaffSeeThem() {
        long id = create(organisation, service("Kotiin tuotava ateriapalvelu", true));

        // Residents find it by an inflected form, and neither the hit, the API nor the page carries the notes.
        awaitFound("ateriapalvelua", id);
        String hits = given().queryParam("q", "ateriapalvelua").get("/api/v1/services").then().extract().asString();
        String detail = given().get("/api/v1/services/" + id).then().statusCode(200)
                .body("name", equalTo("Kotiin tuotava ateriapalvelu")).body("access.code", equalTo("REFERRAL"))
                .extract().asString();
        String page = given().get("/services/" + id).then().statusCode(200).extract().asString();
        for (String seen : List.of(hits, detail, page)) {
            assertThat(seen).doesNotContain(NOTES, HOW_TO_REFER, DIRECT_LINE);
        }
        Document html = Jsoup.parse(page);
        assertThat(html.select("h1").text()).isEqualTo("Kotiin tuotava ateriapalvelu");
        assertThat(html.select(".professional")).isEmpty();
        given().get("/api/v1/services/" + id + "/professional").then().statusCode(401);

        // A nurse reads them, in the API and on the staff page.
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get("/api/v1/services/" + id + "/professional")
                .then().statusCode(200).body("aboutService.notes", equalTo(NOTES))
                .body("aboutService.howToRefer", equalTo(HOW_TO_REFER))
                .body("aboutService.contactPhone", equalTo(DIRECT_LINE));
        Document staffPage = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/services/" + id).then()
                .statusCode(200).extract().asString());
        assertThat(staffPage.select(".professional").text()).contains(NOTES, HOW_TO_REFER, DIRECT_LINE);
    }

    @Test
    void aDraftIsNotFoundAndAnotherOrganisationsPublisherMayNotChangeIt() {
        long id = create(organisation, service("Siivousapu", false));
        given().get("/api/v1/services/" + id).then().statusCode(404);
        given().get("/services/" + id).then().statusCode(404);

        long other = fixtures.organisationWithMembers("Toinen Oy " + System.nanoTime(), "publisher2");
        JsonPath own = given().auth().oauth2(DemoUsers.accessToken("publisher")).get("/api/v1/publishing/services/" + id)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> edit = service("Siivousapu muutettu", true);
        edit.put("version", own.getLong("version"));
        given().auth().oauth2(DemoUsers.accessToken("publisher2")).contentType("application/json").body(edit)
                .put("/api/v1/publishing/services/" + id).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("publisher2")).contentType("application/json")
                .body(service("Varastettu", true))
                .post("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(403);
        assertThat(other).isPositive();

        // The owner publishes; a second save over the old version is refused.
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(edit)
                .put("/api/v1/publishing/services/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(edit)
                .put("/api/v1/publishing/services/" + id).then().statusCode(409);
        given().get("/api/v1/services/" + id).then().statusCode(200).body("name", equalTo("Siivousapu muutettu"));
    }

    @Test
    void aBadValueIsRefusedNamingItsField() {
        Map<String, Object> body = service("Kuljetuspalvelu", true);
        body.put("contactPhone", "soita heti<script>");
        body.put("municipalities", List.of("999"));
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(body)
                .post("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(400)
                .body("errors.field.flatten()", hasItem(containsString("contactPhone")));
    }
}
