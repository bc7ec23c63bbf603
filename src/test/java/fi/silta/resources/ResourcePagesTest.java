package fi.silta.resources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.FormValues;
import fi.silta.testsupport.StaffBrowser;

/**
 * The resource pages as a browser uses them: a publisher adds a PDF with the page's form (multipart, with the
 * anti-forgery token) and publishes it, and a resident finds and downloads it on the public page; a document that is
 * not a PDF or is too large is refused with a message beside the field in the user's language and nothing is kept;
 * a form without the token is refused; another organisation's publisher cannot open the resource's form.
 */
@QuarkusTest
class ResourcePagesTest {

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Omaishoitajat ry " + System.nanoTime(), "publisher");
    }

    /** The new-resource form as the page gives it, with these fields changed, sent with the file. */
    private Response submitNew(StaffBrowser browser, String lang, Map<String, String> changes, String fileName,
            byte[] file, String type) {
        Document page = Jsoup.parse(browser.get("/staff/resources/new?lang=" + lang).then().statusCode(200).extract()
                .asString());
        Element form = page.selectFirst("form.resource-form");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file][name=document]")).hasSize(1);
        Map<String, Object> values = FormValues.of(form, changes);
        // A browser sends the file input as a file part only.
        values.remove("document");
        RequestSpecification request = browser.request();
        values.forEach((name, value) -> request.multiPart(new MultiPartSpecBuilder(String.valueOf(value))
                .controlName(name).mimeType("text/plain").charset(StandardCharsets.UTF_8).build()));
        if (file != null) {
            request.multiPart("document", fileName, file, type);
        }
        return request.post(form.attr("action"));
    }

    private static List<Long> kept() {
        return given().auth().oauth2(DemoUsers.accessToken("publisher")).get("/api/v1/publishing/resources").then()
                .statusCode(200).extract().jsonPath().getList("id", Long.class);
    }

    @Test
    void aPublisherAddsAPdfOnThePageAndAResidentDownloadsIt() {
        String word = ResourceFixtures.uniqueWord();
        byte[] pdf = ResourceFixtures.pdf(word);
        StaffBrowser publisher = StaffBrowser.signIn("publisher");
        Response created = submitNew(publisher, "fi", Map.of("keeper", String.valueOf(organisation), "titleFi",
                "Kodin turvallisuuden tarkistuslista " + word, "descriptionFi", "Tarkistuslista kodin vaaranpaikoista.",
                "topic", "HOME_SAFETY", "audience", "PUBLIC"), "Kaatumiset.pdf", pdf, "application/pdf");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        String edit = created.header("Location").replaceFirst("\\?.*", "");
        assertThat(edit).matches(".*/staff/resources/[0-9]+/edit");
        long id = Long.parseLong(edit.replaceAll(".*/resources/([0-9]+)/edit", "$1"));

        Document editPage = Jsoup.parse(publisher.get(edit + "?lang=fi").then().statusCode(200).extract().asString());
        assertThat(editPage.select("#f-titleFi").attr("value")).isEqualTo("Kodin turvallisuuden tarkistuslista " + word);
        assertThat(editPage.text()).contains("Kaatumiset.pdf");
        Element publish = editPage.selectFirst("form[action=/staff/resources/" + id + "/publish]");
        assertThat(publish.select("input[name=csrf-token]")).hasSize(1);
        publisher.post(publish.attr("action"), FormValues.of(publish, Map.of())).then().statusCode(303);

        ResourceFixtures.awaitFound("tarkistuslistaa " + word, id, null);
        Document bank = Jsoup.parse(given().queryParam("lang", "fi").queryParam("q", "tarkistuslistaa " + word)
                .get("/resources").then().statusCode(200)
                .extract().asString());
        assertThat(bank.select(".resource h2").eachText()).containsExactly("Kodin turvallisuuden tarkistuslista " + word);
        String href = bank.selectFirst(".resource a[download]").attr("href");
        assertThat(bank.selectFirst(".resource a[download]").text()).startsWith("Lataa PDF");
        assertThat(given().get(href).then().statusCode(200).extract().asByteArray()).isEqualTo(pdf);
    }

    @Test
    void aDocumentThatIsNotAPdfOrTooLargeIsRefusedBesideTheFieldInTheUsersLanguage() {
        StaffBrowser publisher = StaffBrowser.signIn("publisher");
        List<Long> before = kept();
        Map<String, String> fields = Map.of("keeper", String.valueOf(organisation), "titleFi", "Hakemuslomake",
                "topic", "BENEFITS_AND_FORMS", "audience", "PUBLIC");

        Response png = submitNew(publisher, "fi", fields, "lomake.pdf", ResourceFixtures.png(), "application/pdf");
        assertThat(png.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(png.asString());
        assertThat(page.select("#f-document-error").text()).isEqualTo("Tiedosto ei ole PDF. Valitse PDF-tiedosto.");
        assertThat(page.select("#f-document").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#f-titleFi").attr("value")).isEqualTo("Hakemuslomake");

        byte[] oversize = Arrays.copyOf(ResourceFixtures.pdf("iso"), 5 * 1024 * 1024 + 1);
        Response large = submitNew(publisher, "sv", fields, "iso.pdf", oversize, "application/pdf");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(large.asString()).select("#f-document-error").text())
                .isEqualTo("Filen är för stor. Den största tillåtna storleken är 5 MB.");

        Response neither = submitNew(publisher, "en", fields, null, null, null);
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(neither.asString()).select(".field-error").text()).contains("Give a link or a PDF file.");

        assertThat(kept()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndAnotherOrganisationsPublisherCannotOpenTheResource() {
        StaffBrowser publisher = StaffBrowser.signIn("publisher");
        publisher.get("/staff/resources/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("keeper", String.valueOf(organisation));
        fields.put("titleFi", "Ilman tunnistetta");
        fields.put("topic", "MEMORY");
        fields.put("audience", "PUBLIC");
        fields.put("url", "https://www.muistiliitto.fi/");
        RequestSpecification request = publisher.request();
        fields.forEach(request::multiPart);
        List<Long> before = kept();
        assertThat(request.post("/staff/resources/new").statusCode()).isEqualTo(403);
        assertThat(kept()).isEqualTo(before);

        long id = ResourceFixtures.create("publisher", ResourceFixtures.with(ResourceFixtures.input(organisation,
                "Muistiliiton opas", "MEMORY", "PUBLIC"), "url", "https://www.muistiliitto.fi/")).getLong("id");
        fixtures.organisationWithMembers("Toinen yhdistys " + System.nanoTime(), "publisher2");
        StaffBrowser other = StaffBrowser.signIn("publisher2");
        assertThat(other.get("/staff/resources/" + id + "/edit").statusCode()).isEqualTo(403);
        Document list = Jsoup.parse(other.get("/staff/resources?lang=fi").then().statusCode(200).extract().asString());
        assertThat(list.select(".kept a[href=/staff/resources/" + id + "/edit]")).isEmpty();
        Document own = Jsoup.parse(publisher.get("/staff/resources?lang=fi").then().statusCode(200).extract()
                .asString());
        assertThat(own.select(".kept a[href=/staff/resources/" + id + "/edit]")).hasSize(1);
    }
}
