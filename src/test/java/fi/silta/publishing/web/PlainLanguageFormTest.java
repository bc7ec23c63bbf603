package fi.silta.publishing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A publisher writes a plain-language (selkokieli, lättläst) title and summary in the activity form; they are
 * saved, shown again, named in the change history, and a value longer than its column is refused beside its
 * field with nothing stored.
 */
@QuarkusTest
class PlainLanguageFormTest {

    private static final String API = "/api/v1/publishing";

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Selkoyhdistys ry", "publisher");
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static JsonPath edit(long id) {
        return given().auth().oauth2(DemoUsers.accessToken("publisher")).when().get(API + "/activities/" + id).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aPublisherWritesAPlainLanguageTitleAndSummaryInTheForm() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Response created = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", "Tuolijumppa", "summary.fi", "Kevyttä jumppaa."));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/staff/activities/(\\d+).*", "$1"));

        Document form = page(browser.get("/staff/activities/" + id + "?lang=fi"));
        assertThat(form.select("fieldset.easy-read > legend").text()).isEqualTo("Selkokieli");
        assertThat(form.select("fieldset.easy-read input[name=easyReadTitle.sv]").attr("lang")).isEqualTo("sv");

        Response saved = browser.submit("/staff/activities/" + id, "form.activity-form",
                Map.of("easyReadTitle.fi", "Jumppaa tuolilla", "easyReadTitle.sv", "Gympa på stol", "easyRead.fi",
                        "Teemme helppoja liikkeitä. Istumme tuolilla."));
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);

        Document after = page(browser.get("/staff/activities/" + id + "?lang=fi"));
        assertThat(after.select("#f-easyReadTitle-fi").attr("value")).isEqualTo("Jumppaa tuolilla");
        assertThat(after.select("#f-easyReadTitle-sv").attr("value")).isEqualTo("Gympa på stol");
        assertThat(after.select("#f-easyRead-fi").text()).isEqualTo("Teemme helppoja liikkeitä. Istumme tuolilla.");
        JsonPath fields = edit(id);
        assertThat(fields.getString("fields.easyReadTitle.fi")).isEqualTo("Jumppaa tuolilla");
        assertThat(fields.getString("fields.easyRead.fi")).isEqualTo("Teemme helppoja liikkeitä. Istumme tuolilla.");
        given().auth().oauth2(DemoUsers.accessToken("publisher")).when().get(API + "/activities/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("details", String.class).stream()
                .filter(details -> details != null && details.contains("easyReadTitle") && details.contains("easyRead"))
                .findAny().orElseThrow(() -> new AssertionError("no history entry names the plain-language fields"));
    }

    @Test
    void aTooLongPlainLanguageTitleIsRefusedBesideItsFieldAndNothingChanges() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Response created = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", "Tuolijumppa", "easyReadTitle.fi", "Jumppaa tuolilla"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/staff/activities/(\\d+).*", "$1"));
        long version = edit(id).getLong("version");

        Response refused = browser.submit("/staff/activities/" + id, "form.activity-form",
                Map.of("easyReadTitle.fi", "a".repeat(256), "easyRead.sv", "Lätt text."));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select("#f-easyReadTitle-fi-error").text()).isNotBlank();
        assertThat(page.select("#f-easyRead-sv").text()).isEqualTo("Lätt text.");

        Map<String, Object> body = Map.of("version", version, "title", Map.of("fi", "Tuolijumppa"), "easyRead",
                Map.of("fi", "a".repeat(2001)));
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(body).when()
                .put(API + "/activities/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("easyRead.fi"));

        JsonPath after = edit(id);
        assertThat(after.getLong("version")).isEqualTo(version);
        assertThat(after.getString("fields.easyReadTitle.fi")).isEqualTo("Jumppaa tuolilla");
        assertThat(after.getString("fields.easyRead.sv")).isNull();
    }
}
