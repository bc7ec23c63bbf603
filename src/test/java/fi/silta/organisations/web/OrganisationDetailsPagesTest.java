package fi.silta.organisations.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * An admin gives an organisation a description and a postal address on its admin page; the municipality follows
 * from the postal code, a bad code is answered beside its field, and the public page shows both.
 */
@QuarkusTest
class OrganisationDetailsPagesTest {

    @Test
    void anAdminDescribesTheOrganisationAndThePublicPageShowsIt() {
        long id = approvedOrganisation("Kallion Kävelijät ry");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        String page = "/staff/admin/organisations/" + id;

        Response refused = admin.submit(page + "?lang=fi", "form.details-form",
                Map.of("descriptionFi", "Kävelemme yhdessä.", "streetAddress", "Mannerheimintie 1", "postalCode",
                        "00000"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#f-postalCode-error").text()).startsWith("Postinumeroa ei tunneta.");
        assertThat(form.select("#f-postalCode").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#f-descriptionFi").text()).isEqualTo("Kävelemme yhdessä.");
        Response malformed = admin.submit(page + "?lang=sv", "form.details-form", Map.of("postalCode", "12ab"));
        assertThat(Jsoup.parse(malformed.asString()).select("#f-postalCode-error").text())
                .startsWith("Postnumret är okänt.");
        assertThat(given().get("/organisations/" + id + "?lang=fi").asString()).doesNotContain("Kävelemme");

        Response saved = admin.submit(page + "?lang=fi", "form.details-form",
                Map.of("descriptionFi", "Kävelemme yhdessä joka viikko.", "descriptionSv", "Vi promenerar tillsammans.",
                        "streetAddress", "Mannerheimintie 1", "postalCode", "00100"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(page + "?done=saved#details");
        Document edited = Jsoup.parse(admin.get(page + "?done=saved&lang=fi").asString());
        assertThat(edited.select("#confirmation").text()).isEqualTo("Tallennettu.");
        assertThat(edited.select(".postal-municipality").text()).isEqualTo("Postinumeron kunta: Helsinki");
        assertThat(edited.select("#f-streetAddress").attr("value")).isEqualTo("Mannerheimintie 1");

        Document finnish = Jsoup.parse(given().get("/organisations/" + id + "?lang=fi").asString());
        assertThat(finnish.select(".organisation-description").text()).isEqualTo("Kävelemme yhdessä joka viikko.");
        assertThat(finnish.select(".organisation-address").text())
                .isEqualTo("Osoite: Mannerheimintie 1, 00100 Helsinki");
        Document swedish = Jsoup.parse(given().get("/organisations/" + id + "?lang=sv").asString());
        assertThat(swedish.select(".organisation-description").text()).isEqualTo("Vi promenerar tillsammans.");
        assertThat(swedish.select(".organisation-address").text())
                .isEqualTo("Adress: Mannerheimintie 1, 00100 Helsingfors");
        // No English description: the English page shows the Finnish one, marked as Finnish.
        Document english = Jsoup.parse(given().get("/organisations/" + id + "?lang=en").asString());
        assertThat(english.select(".organisation-description").attr("lang")).isEqualTo("fi");
    }

    private static long approvedOrganisation(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "091");
        body.put("contactName", "Kalle Kävelijä");
        body.put("contactEmail", "kalle@example.org");
        long request = given().contentType("application/json").body(body).post("/api/v1/organisation-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return given().auth().oauth2(DemoUsers.accessToken("admin"))
                .post("/api/v1/admin/organisation-requests/" + request + "/approve").then().statusCode(200).extract()
                .jsonPath().getLong("organisationId");
    }
}
