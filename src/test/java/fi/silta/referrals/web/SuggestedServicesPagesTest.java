package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.FormValues;
import fi.silta.testsupport.StaffBrowser;

/**
 * Ongoing services in the referral's search: the nurse's form and the case page show them with what only
 * professionals read, a nurse or the case's link-person names one on the referral, the case page and the client's
 * sheet show it (the sheet without the professionals' notes), and it can be taken off again.
 */
@QuarkusTest
class SuggestedServicesPagesTest {

    static final String HOW_TO_REFER = "Lähete palveluohjauksen kautta, merkintä KYYTI";
    static final String WAITING = "2–3 arkipäivää";
    static final String DIRECT_LINE = "040 765 4321";
    static final String NOTES = "Kuljettaja auttaa ulko-ovelta autoon";

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Kyytiapu ry " + System.nanoTime(), "publisher");
    }

    @Test
    void aNursePicksAServiceOnTheFormAndTheCaseAndTheSheetShowIt() {
        long service = service("Asiointikyyti ikäihmisille", true);
        awaitFound("asiointikyyti", service);

        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response searched = nurse.submit("/staff/referrals/new?lang=fi", "form.referral-form",
                Map.of("client.firstName", "Aino", "client.lastName", "Kyydittävä", "municipality", "272",
                        "activityWords", "asiointikyytiä", "findActivities", "1"));
        assertThat(searched.statusCode()).as(searched.asString()).isEqualTo(200);
        Document form = Jsoup.parse(searched.asString());
        Element found = form.selectFirst(".service-picker .found-services li:has(input[value=" + service + "])");
        assertThat(found).as("the service found on the form").isNotNull();
        assertThat(found.select("label").text()).startsWith("Asiointikyyti ikäihmisille");
        assertThat(found.select(".how-to-refer").text()).isEqualTo(HOW_TO_REFER);
        assertThat(found.select(".waiting-time").text()).isEqualTo(WAITING);
        assertThat(found.select(".direct-line").text()).contains(DIRECT_LINE);

        Response sent = nurse.post("/staff/referrals", FormValues.of(form.selectFirst("form.referral-form"),
                Map.of("context", "SENIOR_CLINIC", "needs", List.of("LONELINESS"), "consents", "LINK_PERSON",
                        "serviceIds", List.of(String.valueOf(service)))));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        String casePath = sent.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

        Document casePage = Jsoup.parse(nurse.get(casePath + "?lang=fi").asString());
        Element suggested = casePage.selectFirst(".suggested-services li[data-service=" + service + "]");
        assertThat(suggested).as("the suggested service on the case page").isNotNull();
        assertThat(suggested.select(".service-name").text()).startsWith("Asiointikyyti ikäihmisille");
        assertThat(suggested.select(".how-to-refer").text()).isEqualTo(HOW_TO_REFER);
        assertThat(suggested.select(".notes").text()).isEqualTo(NOTES);
        assertThat(casePage.text()).contains("lisäsi ehdotetun palvelun");

        Document sheet = Jsoup.parse(nurse.get(casePath + "/print").asString());
        Element printed = sheet.selectFirst(".sheet-services .sheet-service");
        assertThat(printed).as("the service on the client's sheet").isNotNull();
        assertThat(printed.select("h3").text()).isEqualTo("Asiointikyyti ikäihmisille");
        assertThat(printed.text()).contains("Kyytiapu ry").contains("Ammattilaisen lähetteellä")
                .contains("06 828 9222");
        assertThat(sheet.text()).doesNotContain(HOW_TO_REFER, WAITING, DIRECT_LINE, NOTES);
    }

    @Test
    void theCasesLinkPersonFindsAddsAndRemovesAServiceAndAnotherLinkPersonMayNot() {
        long service = service("Kauppakassipalvelu kotiin", true);
        long draft = service("Kauppakassipalvelu luonnos", false);
        awaitFound("kauppakassipalvelu", service);
        long id = CasePageFactsTest.referral("Kassinen", null);
        CasePageFactsTest.assign(id, "linkperson", "Liisa Linkki");
        String casePath = "/staff/referrals/" + id;

        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        Response searched = linkPerson.submit(casePath + "?lang=fi", "form.activity-search",
                Map.of("q", "kauppakassipalvelua"));
        Document page = Jsoup.parse(searched.asString());
        Element found = page.selectFirst(".found-services li[data-service=" + service + "]");
        assertThat(found).as("the service found on the case page").isNotNull();
        assertThat(found.select(".direct-line").text()).contains(DIRECT_LINE);
        assertThat(page.select(".found-services li[data-service=" + draft + "]")).isEmpty();

        Response added = linkPerson.post(casePath + "/services",
                FormValues.of(found.selectFirst("form"), Map.of()));
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith(casePath + "?done=services");
        Document after = Jsoup.parse(linkPerson.get(casePath + "?done=services&lang=fi").asString());
        assertThat(after.select(".suggested-services li[data-service=" + service + "]")).hasSize(1);
        assertThat(after.select(".confirmation").text()).isEqualTo("Ehdotetut palvelut päivitetty.");

        // A link-person of another caseload reaches neither the adding nor the removing.
        StaffBrowser other = StaffBrowser.signIn("linkperson2");
        assertThat(other.post(casePath + "/services", Map.of("csrf-token", other.formToken(), "service",
                String.valueOf(service))).statusCode()).isEqualTo(403);
        assertThat(other.post(casePath + "/services/remove", Map.of("csrf-token", other.formToken(), "service",
                String.valueOf(service))).statusCode()).isEqualTo(403);

        Response removed = linkPerson.submit(casePath + "?lang=fi",
                ".suggested-services li[data-service=" + service + "] form.remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        Document gone = Jsoup.parse(linkPerson.get(casePath + "?lang=fi").asString());
        assertThat(gone.select(".suggested-services li")).isEmpty();
        assertThat(gone.text()).contains("lisäsi ehdotetun palvelun").contains("poisti ehdotetun palvelun");

        // A draft cannot be named by sending its number.
        Response refused = linkPerson.post(casePath + "/services", Map.of("csrf-token", linkPerson.formToken(),
                "service", String.valueOf(draft)));
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    /** A service of the test's organisation in Kokkola, by referral, with notes for professionals. */
    private long service(String nameFi, boolean published) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("name", Map.of("fi", nameFi));
        body.put("description", Map.of("fi", "Kyyti kauppaan ja asioille kerran viikossa."));
        body.put("access", "REFERRAL");
        body.put("free", false);
        body.put("cost", Map.of("fi", "5 € / matka"));
        body.put("municipalities", List.of("272"));
        body.put("contactPhone", "06 828 9222");
        body.put("published", published);
        body.put("professional", Map.of("howToRefer", HOW_TO_REFER, "contactName", "Palveluohjaus",
                "contactPhone", DIRECT_LINE, "waitingTime", WAITING, "notes", NOTES));
        return given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(body)
                .post("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void awaitFound(String query, long id) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", query).queryParam("size", 100).get("/api/v1/services").then()
                        .statusCode(200).extract().jsonPath().getList("items.id", Long.class).contains(id));
    }
}
