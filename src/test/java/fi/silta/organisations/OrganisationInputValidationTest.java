package fi.silta.organisations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Every text field of every way to write organisation data, API and page, refuses a value one character over
 * its column, a NUL character and (API) a value of the wrong JSON type: 400 naming the field, nothing stored.
 */
@QuarkusTest
class OrganisationInputValidationTest {

    private static final String NUL = "ok\u0000ok";

    /** The columns of organisation_request (V13) that the join request writes, with their sizes. */
    private static final Map<String, Integer> REQUEST_FIELDS = columns("name", 200, "businessId", 9,
            "municipality", 3, "website", 2048, "contactName", 200, "contactEmail", 254, "contactPhone", 40,
            "message", 2000, "language", 2);

    @Inject
    OrganisationRequestRepository requests;
    @Inject
    OrganisationRepository organisations;
    @Inject
    CatalogueFixtures fixtures;

    private static Map<String, Integer> columns(Object... pairs) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return columns;
    }

    private static Map<String, Object> validRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Validointiyhdistys ry");
        body.put("type", "NGO");
        body.put("businessId", "0201256-6");
        body.put("municipality", "272");
        body.put("website", "https://validointi.example.org");
        body.put("contactName", "Veera Validoija");
        body.put("contactEmail", "veera@example.org");
        body.put("contactPhone", "+358 40 123 4567");
        body.put("message", "Kokeilu");
        body.put("language", "fi");
        return body;
    }

    /** A value one character longer than the column that is still of the field's kind where it can be. */
    private static String tooLong(String field, int size) {
        return switch (field) {
            case "website" -> "https://validointi.example.org/" + "a".repeat(size);
            case "contactEmail" -> "a".repeat(size - 11) + "@example.org";
            case "contactPhone" -> "1".repeat(size + 1);
            case "municipality" -> "2720";
            case "businessId" -> "02012566-6";
            case "language" -> "fin";
            default -> "a".repeat(size + 1);
        };
    }

    private long storedRequests() {
        return QuarkusTransaction.requiringNew().call(() -> requests.count());
    }

    private static void refusedNaming(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field))
                .body(not(containsString("\\u0000")));
    }

    @Test
    void theJoinRequestApiRefusesEachBadFieldAndStoresNothing() {
        given().contentType("application/json").body(validRequest()).when().post("/api/v1/organisation-requests")
                .then().statusCode(201);
        long before = storedRequests();
        for (Map.Entry<String, Integer> column : REQUEST_FIELDS.entrySet()) {
            String field = column.getKey();
            for (Object bad : List.of(tooLong(field, column.getValue()), NUL, Map.of("nested", "object"))) {
                Map<String, Object> body = validRequest();
                body.put(field, bad);
                refusedNaming(given().contentType("application/json").body(body).when()
                        .post("/api/v1/organisation-requests"), field);
            }
        }
        // The kind is an enum: a name it does not have and a value of the wrong type are refused alike.
        for (Object bad : List.of("CLUB", List.of("NGO"))) {
            Map<String, Object> body = validRequest();
            body.put("type", bad);
            refusedNaming(given().contentType("application/json").body(body).when()
                    .post("/api/v1/organisation-requests"), "type");
        }
        given().contentType("application/json").when().post("/api/v1/organisation-requests").then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void theJoinFormShowsTheMessageBesideEachBadFieldAndStoresNothing() {
        StaffBrowser visitor = StaffBrowser.anonymous();
        long before = storedRequests();
        Map<String, Integer> fields = new LinkedHashMap<>(REQUEST_FIELDS);
        fields.remove("language");
        fields.put("type", 40);
        for (Map.Entry<String, Integer> column : fields.entrySet()) {
            String field = column.getKey();
            for (String bad : List.of(tooLong(field, column.getValue()), NUL)) {
                Map<String, Object> form = validRequest();
                form.remove("language");
                form.put(field, bad);
                form.put("csrf-token", visitor.formToken());
                Response refused = visitor.post("/organisations/join?lang=en", form);
                assertThat(refused.statusCode()).as(field + " " + bad.length()).isEqualTo(400);
                Document page = Jsoup.parse(refused.asString());
                assertThat(page.select("#f-" + field + "-error").text()).as(field).isNotBlank();
                assertThat(page.select(".field-error")).as(field).hasSize(1);
            }
        }
        assertThat(storedRequests()).isEqualTo(before);
    }

    @Test
    void aRejectionsReasonIsCheckedInTheApiAndBesideTheFieldOnThePage() {
        String admin = DemoUsers.accessToken("admin");
        long id = given().contentType("application/json").body(validRequest()).when()
                .post("/api/v1/organisation-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        for (Object bad : List.of("a".repeat(2001), NUL, List.of("a"))) {
            refusedNaming(given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", bad))
                    .when().post("/api/v1/admin/organisation-requests/" + id + "/reject"), "reason");
        }
        given().auth().oauth2(admin).contentType("application/json").when()
                .post("/api/v1/admin/organisation-requests/" + id + "/reject").then().statusCode(400);

        StaffBrowser browser = StaffBrowser.signIn("admin");
        browser.get("/staff/admin/requests");
        for (String bad : List.of("a".repeat(2001), NUL)) {
            Response refused = browser.post("/staff/admin/requests/" + id + "/reject?lang=fi",
                    Map.of("csrf-token", browser.formToken(), "reason", bad));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).select("#reason-" + id + "-error").text()).isNotBlank();
        }
        given().auth().oauth2(admin).queryParam("size", 100).when().get("/api/v1/admin/organisation-requests").then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("PENDING"));
    }

    @Test
    void aMembersUserNameIsCheckedInTheApiAndBesideTheFieldOnThePage() {
        long organisation = fixtures.organisationWithMembers("Jäsentarkistus ry");
        String admin = DemoUsers.accessToken("admin");
        String members = "/api/v1/admin/organisations/" + organisation + "/members/";
        for (String bad : List.of("a".repeat(256), "ok%00ok", "two%20words")) {
            given().auth().oauth2(admin).urlEncodingEnabled(false).when().put(members + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("username"));
            given().auth().oauth2(admin).urlEncodingEnabled(false).when().delete(members + bad).then()
                    .statusCode(400).body("errors.field", hasItem("username"));
        }

        StaffBrowser browser = StaffBrowser.signIn("admin");
        browser.get("/staff/admin/organisations/" + organisation);
        for (String bad : List.of("a".repeat(256), NUL)) {
            Response refused = browser.post("/staff/admin/organisations/" + organisation + "/members?lang=fi",
                    Map.of("csrf-token", browser.formToken(), "username", bad));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).select("#f-username-error").text()).isNotBlank();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> organisations.findById(organisation).members()))
                .isEmpty();
    }
}
