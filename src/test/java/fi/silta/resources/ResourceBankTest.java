package fi.silta.resources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * The resource bank through the API and the public page: a publisher's PDF is found by residents by an inflected
 * word and downloads as the same bytes; material for professionals reaches signed-in staff only; a document that is
 * not a PDF or is too large is refused naming the field and nothing is kept; another organisation's publisher cannot
 * change a resource; the topic filter narrows the list.
 */
@QuarkusTest
class ResourceBankTest {

    @Inject
    CatalogueFixtures fixtures;
    @Inject
    ResourceDocumentRepository documents;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Muistikumppanit ry " + System.nanoTime(), "publisher");
    }

    @Test
    void aResidentFindsAPublishersPdfByAnInflectedWordAndDownloadsTheSameBytes() {
        String word = ResourceFixtures.uniqueWord();
        byte[] pdf = ResourceFixtures.pdf(word);
        long id = ResourceFixtures.create("publisher", ResourceFixtures.input(organisation,
                "Kotihoidon muistilista omaishoitajalle " + word, "CAREGIVING", "PUBLIC")).getLong("id");
        Response uploaded = ResourceFixtures.upload("publisher", id, "application/pdf", "../Muistilista ÄÖ.pdf", pdf);
        uploaded.then().statusCode(200).body("document.name", equalTo("Muistilista_ÄÖ.pdf"))
                .body("document.size", equalTo(pdf.length));
        ResourceFixtures.publish("publisher", id);

        // "muistilistaa" is the partitive of the title's "muistilista".
        ResourceFixtures.awaitFound("muistilistaa " + word, id, null);
        given().queryParam("q", "muistilistaa " + word).get("/api/v1/resources").then().statusCode(200)
                .body("items[0].title", equalTo("Kotihoidon muistilista omaishoitajalle " + word))
                .body("items[0].topic.label", equalTo("Omaishoito"))
                .body("items[0].document.href", equalTo("/api/v1/resources/" + id + "/document"));

        Response download = given().get("/api/v1/resources/" + id + "/document");
        download.then().statusCode(200).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff");
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename=\"Muistilista___.pdf\"").contains("filename*=UTF-8''Muistilista_%C3%84%C3%96.pdf");

        Document page = Jsoup.parse(given().queryParam("q", "muistilistaa " + word).get("/resources?lang=fi").then()
                .statusCode(200).extract().asString());
        assertThat(page.select(".resource h2").text()).contains("Kotihoidon muistilista omaishoitajalle " + word);
        assertThat(page.select(".resource a[href=/api/v1/resources/" + id + "/document]")).hasSize(1);
    }

    @Test
    void materialForProfessionalsReachesSignedInStaffOnly() {
        String word = ResourceFixtures.uniqueWord();
        byte[] pdf = ResourceFixtures.pdf(word);
        long id = ResourceFixtures.publishedDocument("publisher", ResourceFixtures.input(organisation,
                "Muistihoitajan arviointilomake " + word, "MEMORY", "PROFESSIONALS"), pdf);
        String nurse = DemoUsers.accessToken("nurse");
        ResourceFixtures.awaitFound(word, id, nurse);

        // The public: not in the API's search, not readable, not downloadable, not on the public page.
        given().queryParam("q", word).get("/api/v1/resources").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("audience", "PROFESSIONALS").get("/api/v1/resources").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/resources/" + id).then().statusCode(404);
        given().get("/api/v1/resources/" + id + "/document").then().statusCode(404);
        Document publicPage = Jsoup.parse(given().queryParam("q", word).get("/resources").then().statusCode(200)
                .extract().asString());
        assertThat(publicPage.select(".resource")).isEmpty();
        assertThat(publicPage.text()).doesNotContain("Muistihoitajan arviointilomake");

        // A nurse: found, readable and downloadable in the API, and listed on the staff page with its download.
        given().auth().oauth2(nurse).get("/api/v1/resources/" + id).then().statusCode(200)
                .body("audience.code", equalTo("PROFESSIONALS"));
        Response download = given().auth().oauth2(nurse).get("/api/v1/resources/" + id + "/document");
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(download.header("Cache-Control")).contains("no-store");
        StaffBrowser browser = StaffBrowser.signIn("nurse");
        Document staffPage = Jsoup.parse(browser.get("/staff/resources?lang=fi&q=" + word).then().statusCode(200)
                .extract().asString());
        assertThat(staffPage.select(".resource h2").text()).contains("Muistihoitajan arviointilomake " + word);
        assertThat(staffPage.select(".resource").text()).contains("Ammattilaisille");
        Response staffDownload = browser.get("/staff/resources/" + id + "/document");
        staffDownload.then().statusCode(200).contentType("application/pdf");
        assertThat(staffDownload.asByteArray()).isEqualTo(pdf);
        StaffBrowser.anonymous().get("/staff/resources/" + id + "/document").then().statusCode(302);
    }

    @Test
    void aDocumentThatIsNotAPdfOrTooLargeIsRefusedNamingTheFieldAndNothingIsKept() {
        long id = ResourceFixtures.create("publisher", ResourceFixtures.input(organisation, "Lomakepohja",
                "BENEFITS_AND_FORMS", "PUBLIC")).getLong("id");

        ResourceFixtures.upload("publisher", id, "image/png", "kuva.png", ResourceFixtures.png()).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("document"));
        // A web page renamed .pdf and declared a PDF is still refused: its bytes do not start as a PDF's do.
        ResourceFixtures.upload("publisher", id, "application/pdf", "lomake.pdf",
                "<html><script>alert(1)</script></html>".getBytes()).then().statusCode(400)
                .body("errors.field", hasItem("document"));
        // A PDF declared as something else is refused too.
        ResourceFixtures.upload("publisher", id, "text/html", "lomake.pdf", ResourceFixtures.pdf("x")).then()
                .statusCode(400).body("errors.field", hasItem("document"));
        byte[] oversize = Arrays.copyOf(ResourceFixtures.pdf("iso"), 5 * 1024 * 1024 + 1);
        ResourceFixtures.upload("publisher", id, "application/pdf", "iso.pdf", oversize).then().statusCode(413)
                .contentType("application/problem+json").body("errors.field", hasItem("document"));

        given().auth().oauth2(DemoUsers.accessToken("publisher")).get("/api/v1/publishing/resources/" + id).then()
                .statusCode(200).body("document", nullValue());
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.findByIdOptional(id))).isEmpty();
        // With nothing to show, the draft cannot be published.
        given().auth().oauth2(DemoUsers.accessToken("publisher")).post("/api/v1/publishing/resources/" + id
                + "/publish").then().statusCode(409);
    }

    @Test
    void anotherOrganisationsPublisherCannotChangeAResource() {
        long id = ResourceFixtures.create("publisher", ResourceFixtures.input(organisation, "Liikuntaopas",
                "MOBILITY", "PUBLIC")).getLong("id");
        fixtures.organisationWithMembers("Toinen yhdistys " + System.nanoTime(), "publisher2");
        String other = DemoUsers.accessToken("publisher2");
        Map<String, Object> change = ResourceFixtures.with(ResourceFixtures.input(organisation, "Kaapattu",
                "MOBILITY", "PUBLIC"), "url", "https://example.org/kaapattu");
        given().auth().oauth2(other).contentType("application/json").body(change)
                .put("/api/v1/publishing/resources/" + id).then().statusCode(403);
        given().auth().oauth2(other).contentType("application/pdf").body(ResourceFixtures.pdf("x"))
                .put("/api/v1/publishing/resources/" + id + "/document").then().statusCode(403);
        given().auth().oauth2(other).post("/api/v1/publishing/resources/" + id + "/publish").then().statusCode(403);
        given().auth().oauth2(other).post("/api/v1/publishing/resources/" + id + "/archive").then().statusCode(403);
        given().auth().oauth2(other).contentType("application/json").body(change).post("/api/v1/publishing/resources")
                .then().statusCode(403);
        // Only an admin keeps the county's own material.
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json")
                .body(ResourceFixtures.with(change, "organisationId", null)).post("/api/v1/publishing/resources")
                .then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("publisher")).get("/api/v1/publishing/resources/" + id).then()
                .statusCode(200).body("title.fi", equalTo("Liikuntaopas"));

        // The keeper changes it to a link; a plain http address or a control character is refused naming the field.
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json")
                .body(ResourceFixtures.with(change, "url", "http://example.org/opas")).put("/api/v1/publishing/resources/"
                        + id)
                .then().statusCode(400).body("errors.field", hasItem(containsString("url")));
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json")
                .body(ResourceFixtures.with(change, "title", Map.of("fi", "Opas\u0000")))
                .put("/api/v1/publishing/resources/" + id).then().statusCode(400);
        given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(change)
                .put("/api/v1/publishing/resources/" + id).then().statusCode(200).body("url",
                        equalTo("https://example.org/kaapattu"));
    }

    @Test
    void theTopicFilterNarrowsTheList() {
        String word = ResourceFixtures.uniqueWord();
        long memory = ResourceFixtures.create("publisher", ResourceFixtures.with(ResourceFixtures.input(organisation,
                "Muistiopas " + word, "MEMORY", "PUBLIC"), "url", "https://www.muistiliitto.fi/")).getLong("id");
        ResourceFixtures.publish("publisher", memory);
        long food = ResourceFixtures.create("publisher", ResourceFixtures.with(ResourceFixtures.input(organisation,
                "Ravitsemusopas " + word, "NUTRITION", "PUBLIC"), "url", "https://www.ruokavirasto.fi/")).getLong("id");
        ResourceFixtures.publish("publisher", food);
        ResourceFixtures.awaitFound(word, memory, null);
        ResourceFixtures.awaitFound(word, food, null);

        assertThat(given().queryParam("q", word).queryParam("topic", "NUTRITION").get("/api/v1/resources").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class)).containsExactly(food);
        assertThat(given().queryParam("q", word).get("/api/v1/resources").then().extract().jsonPath()
                .getList("items.id", Long.class)).containsExactlyInAnyOrder(memory, food);
        given().queryParam("topic", "GARDENING").get("/api/v1/resources").then().statusCode(400)
                .body("errors.field", hasItem("topic"));
        Document page = Jsoup.parse(given().queryParam("q", word).queryParam("topic", "MEMORY")
                .get("/resources?lang=fi").then().statusCode(200).extract().asString());
        assertThat(page.select(".resource h2").eachText()).isEqualTo(List.of("Muistiopas " + word));
        assertThat(page.select("select[name=topic] option[selected]").attr("value")).isEqualTo("MEMORY");
    }
}
