package fi.silta.organisations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/** An organisation asks to join; an admin approves or rejects; admins decide who publishes for it. */
@QuarkusTest
class OrganisationJoiningTest {

    @Inject
    CatalogueFixtures fixtures;

    private static Map<String, Object> request(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Liisa Esimerkki");
        body.put("contactEmail", "liisa@example.org");
        body.put("website", "https://yhdistys.example.org");
        return body;
    }

    private static long submit(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/organisation-requests")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
    }

    @Test
    void anOrganisationAsksThroughTheFormAndAnAdminApprovesIt() {
        StaffBrowser visitor = StaffBrowser.anonymous();
        Response sent = visitor.submit("/organisations/join?lang=fi", "form.join-form",
                Map.of("name", "Kannuksen Kävelykerho ry", "type", "NGO", "municipality", "236", "contactName",
                        "Matti Meikäläinen", "contactEmail", "matti@example.org", "message", "Vetäjä vaihtuu syksyllä."));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/organisations/join/thanks");
        assertThat(sent.header("Location")).doesNotContain("matti");

        String admin = DemoUsers.accessToken("admin");
        Response waiting = given().auth().oauth2(admin).queryParam("size", 100).when()
                .get("/api/v1/admin/organisation-requests");
        JsonPath pending = waiting.then().statusCode(200).extract().jsonPath();
        // The queue is oldest first, twenty a page: the newest request is on its last page.
        long lastPage = Math.max(1, (Long.parseLong(waiting.header("X-Total-Count")) + 19) / 20);
        long id = pending.getLong("find { it.name == 'Kannuksen Kävelykerho ry' }.id");
        assertThat(pending.getString("find { it.id == " + id + " }.contactEmail")).isEqualTo("matti@example.org");

        StaffBrowser adminBrowser = StaffBrowser.signIn("admin");
        String queue = "/staff/admin/requests?lang=fi&page=" + lastPage;
        Document requests = Jsoup.parse(adminBrowser.get(queue).asString());
        assertThat(requests.select("article.request h2").eachText()).contains("Kannuksen Kävelykerho ry");
        Response approved = adminBrowser.submit(queue, "form[action=/staff/admin/requests/" + id + "/approve]",
                Map.of());
        assertThat(approved.statusCode()).isEqualTo(303);

        JsonPath decided = given().auth().oauth2(admin).queryParam("status", "APPROVED")
                .queryParam("size", 100).when().get("/api/v1/admin/organisation-requests").then().statusCode(200).extract()
                .jsonPath();
        long organisation = decided.getLong("find { it.id == " + id + " }.organisationId");
        assertThat(decided.getString("find { it.id == " + id + " }.decidedBy")).isEqualTo("admin");
        // The public page shows the organisation, never the requester's personal contact details.
        String page = given().when().get("/organisations/" + organisation).then().statusCode(200).extract().asString();
        assertThat(page).contains("Kannuksen Kävelykerho ry").doesNotContain("matti@example.org");
        given().auth().oauth2(admin).when().post("/api/v1/admin/organisation-requests/" + id + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aBadRequestIsAnsweredBesideTheFieldInTheVisitorsLanguageAndNothingIsStored() {
        StaffBrowser visitor = StaffBrowser.anonymous();
        Response refused = visitor.submit("/organisations/join?lang=sv", "form.join-form",
                Map.of("name", "Förening utan e-post", "type", "NGO", "municipality", "272", "contactName", "Anna",
                        "contactEmail", "inte-en-adress", "businessId", "1234567-0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#f-contactEmail-error").text()).isEqualTo("Detta är ingen e-postadress.");
        assertThat(form.select("#f-businessId-error").text()).startsWith("Detta är inget giltigt FO-nummer");
        assertThat(form.select("#f-contactEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#f-name").attr("value")).isEqualTo("Förening utan e-post");
        assertThat(refused.asString()).doesNotContain("Exception");

        // The kind is an enum: an unknown one is refused by the JSON reader, before the other fields are checked.
        given().contentType("application/json").body(Map.of("name", "", "type", "CLUB", "contactEmail", "x"))
                .when().post("/api/v1/organisation-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("type"))
                .body(not(containsString("CLUB")));
        given().contentType("application/json").body(Map.of("name", "", "type", "NGO", "contactEmail", "x"))
                .when().post("/api/v1/organisation-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("municipality")).body("errors.field", hasItem("contactEmail"))
                .body(not(containsString("\"x\"")));

        given().auth().oauth2(DemoUsers.accessToken("admin")).queryParam("size", 100).when()
                .get("/api/v1/admin/organisation-requests")
                .then().body("name", not(hasItem("Förening utan e-post")));
    }

    @Test
    void aFormSentWithoutTheAntiForgeryTokenIsRefused() {
        Response refused = StaffBrowser.anonymous().post("/organisations/join",
                Map.of("name", "Väärennys ry", "type", "NGO", "municipality", "272", "contactName", "X",
                        "contactEmail", "x@example.org"));
        assertThat(refused.statusCode()).isEqualTo(403);
        given().auth().oauth2(DemoUsers.accessToken("admin")).queryParam("size", 100).when()
                .get("/api/v1/admin/organisation-requests")
                .then().body("name", not(hasItem("Väärennys ry")));
    }

    @Test
    void aRejectedRequestCannotBeDecidedAgain() {
        long id = submit(request("Hylättävä ry"));
        String admin = DemoUsers.accessToken("admin");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "Ei hyvinvointitoimintaa"))
                .when().post("/api/v1/admin/organisation-requests/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Ei hyvinvointitoimintaa"));
        given().auth().oauth2(admin).when().post("/api/v1/admin/organisation-requests/" + id + "/approve")
                .then().statusCode(409);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "uudestaan"))
                .when().post("/api/v1/admin/organisation-requests/" + id + "/reject").then().statusCode(409);
    }

    @Test
    void anAdminDecidesWhoPublishesForAnOrganisation() {
        long organisation = fixtures.organisationWithMembers("Jäsenyhdistys ry");
        String admin = DemoUsers.accessToken("admin");
        String publisher2 = DemoUsers.accessToken("publisher2");
        given().auth().oauth2(publisher2).when().get("/api/v1/publishing/organisations").then()
                .body("id", not(hasItem((int) organisation)));

        given().auth().oauth2(admin).when().put("/api/v1/admin/organisations/" + organisation + "/members/publisher2")
                .then().statusCode(204);
        given().auth().oauth2(admin).when().get("/api/v1/admin/organisations/" + organisation + "/members")
                .then().statusCode(200).body("", hasItem("publisher2"));
        given().auth().oauth2(publisher2).when().get("/api/v1/publishing/organisations").then()
                .body("id", hasItem((int) organisation));

        StaffBrowser adminBrowser = StaffBrowser.signIn("admin");
        Response removed = adminBrowser.submit("/staff/admin/organisations/" + organisation,
                "form[action=/staff/admin/organisations/" + organisation + "/members/publisher2/remove]", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        given().auth().oauth2(publisher2).when().get("/api/v1/publishing/organisations").then()
                .body("id", not(hasItem((int) organisation)));
        given().auth().oauth2(admin).when().delete("/api/v1/admin/organisations/" + organisation + "/members/publisher2")
                .then().statusCode(404);

        Response bad = adminBrowser.submit("/staff/admin/organisations/" + organisation + "?lang=en",
                "form.add-member", Map.of("username", "two words"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#f-username-error").text())
                .isEqualTo("A user name has 1 to 255 characters without spaces.");
    }
}
