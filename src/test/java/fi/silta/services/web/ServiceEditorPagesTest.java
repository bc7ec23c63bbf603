package fi.silta.services.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A publisher keeps the organisation's services on pages of their own: writes one with notes for professionals,
 * publishes and archives it, and is told beside each field what is wrong. Residents find the service and never the
 * notes; a nurse reads them; another organisation's publisher may not touch it.
 */
@QuarkusTest
class ServiceEditorPagesTest {

    static final String NOTES = "Soita palveluohjaajalle ennen lähetettä, jono puretaan maanantaisin";
    static final String HOW_TO_REFER = "Lähete asiakastietojärjestelmän kautta, merkintä KOTIATERIA";
    static final String DIRECT_LINE = "040 765 4321";
    static final String CONTACT_NAME = "Palveluohjaaja Sari Kotka";
    static final String ORGANISATION_NOTES = "Kaikki lähetteet käsitellään kahden arkipäivän kuluessa";

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;
    private long place;
    private StaffBrowser publisher;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Ateriapalvelu Oy " + System.nanoTime(), "publisher");
        place = given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Keskuskeittiö"), "streetAddress", "Torikatu 5", "postalCode",
                        "67100", "municipality", "272"))
                .post("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        publisher = StaffBrowser.signIn("publisher");
    }

    private String services() {
        return "/staff/organisations/" + organisation + "/services";
    }

    private Map<String, Object> fields(String nameFi, boolean publish) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name.fi", nameFi);
        fields.put("name.sv", "Måltidsservice hem");
        fields.put("description.fi", "Lämmin ateria tuodaan kotiin arkipäivisin.");
        fields.put("eligibility.fi", "Kotona asuvat ikääntyneet, joiden ruoanlaitto ei enää onnistu.");
        fields.put("access", "REFERRAL");
        fields.put("accessInfo.fi", "Palveluohjaus arvioi tarpeen kotikäynnillä.");
        fields.put("cost.fi", "8,50 € / ateria");
        fields.put("openingHours.fi", "Ma–pe 8–15");
        fields.put("contactPhone", "06 828 9111");
        fields.put("infoUrl", "https://example.org/ateriapalvelu");
        fields.put("municipalities", List.of("272", "217"));
        fields.put("placeIds", String.valueOf(place));
        fields.put("categories", "FOOD");
        fields.put("targetGroups", "SENIORS");
        fields.put("languages", List.of("fi", "sv"));
        fields.put("professional.howToRefer", HOW_TO_REFER);
        fields.put("professional.contactName", CONTACT_NAME);
        fields.put("professional.contactPhone", DIRECT_LINE);
        fields.put("professional.waitingTime", "1–2 arkipäivää");
        fields.put("professional.notes", NOTES);
        if (publish) {
            fields.put("published", "on");
        }
        return fields;
    }

    /** Creates a service through the new-service page; its number. */
    private long createOnPage(String nameFi, boolean publish) {
        Response created = publisher.submit(services() + "/new", "form.service-form", fields(nameFi, publish));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        String location = created.header("Location");
        assertThat(location).contains(services() + "/").contains("done=created");
        return Long.parseLong(location.replaceFirst(".*/services/([0-9]+).*", "$1"));
    }

    private static String hsdsId(long service) {
        return String.format("%08x-%04x-4000-8000-%012x", 0, 2, service);
    }

    private int countOnApi() {
        return given().auth().oauth2(DemoUsers.accessToken("publisher"))
                .get("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
    }

    @Test
    void aPublisherWritesAServiceWithNotesResidentsNeverSeeThemANurseDoes() {
        // The staff navigation leads the publisher to the organisation's services.
        Document home = Jsoup.parse(publisher.get("/staff").asString());
        assertThat(home.select(".staff-bar a[href=/staff/services]")).hasSize(1);
        Document chooser = Jsoup.parse(publisher.get("/staff/services").then().statusCode(200).extract().asString());
        assertThat(chooser.select("main a[href=" + services() + "]")).hasSize(1);
        Document form = Jsoup.parse(publisher.get(services() + "/new").then().statusCode(200).extract().asString());
        assertThat(form.select("form.service-form fieldset.professional-only legend").text())
                .isEqualTo("Vain ammattilaisille");
        assertThat(form.select("form.service-form fieldset.professional-only").text())
                .contains("ei koskaan näytetä asukkaille");

        long id = createOnPage("Kotiin kuljetettava ateriapalvelu", true);
        Document edit = Jsoup.parse(publisher.get(services() + "/" + id + "?done=created").then().statusCode(200)
                .extract().asString());
        assertThat(edit.select("#confirmation")).hasSize(1);
        assertThat(edit.select("#f-professional-notes").text()).isEqualTo(NOTES);
        assertThat(edit.select("#f-municipalities option[selected]").eachAttr("value"))
                .containsExactlyInAnyOrder("272", "217");
        assertThat(edit.select("input[name=placeIds][checked]").eachAttr("value")).containsExactly(String.valueOf(place));

        // Residents find it, and neither the hit, the page, the API nor HSDS carries what is for professionals.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", "ateriapalvelua").get("/api/v1/services").then().statusCode(200)
                        .extract().jsonPath().getList("items.id", Long.class).contains(id));
        String hits = given().queryParam("q", "ateriapalvelua").get("/api/v1/services").asString();
        String detail = given().get("/api/v1/services/" + id).then().statusCode(200)
                .body("name", equalTo("Kotiin kuljetettava ateriapalvelu")).body("locations[0].name",
                        equalTo("Keskuskeittiö"))
                .extract().asString();
        String page = given().get("/services/" + id).then().statusCode(200).extract().asString();
        String hsds = given().get("/hsds/services/" + hsdsId(id)).then().statusCode(200)
                .body("name", equalTo("Kotiin kuljetettava ateriapalvelu")).extract().asString();
        for (String seen : List.of(hits, detail, page, hsds)) {
            assertThat(seen).doesNotContain(NOTES, HOW_TO_REFER, DIRECT_LINE, CONTACT_NAME);
        }
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Kotiin kuljetettava ateriapalvelu");
        StaffBrowser.anonymous().request().get("/staff/services/" + id).then().statusCode(302);

        // A nurse reads the notes on the staff page.
        Document staff = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/services/" + id).then().statusCode(200)
                .extract().asString());
        assertThat(staff.select(".professional").text()).contains(NOTES, HOW_TO_REFER, DIRECT_LINE, CONTACT_NAME);
    }

    @Test
    void badValuesAreToldBesideTheirFieldsAndNothingIsStored() {
        Map<String, Object> bad = fields("Siivousapu", true);
        bad.put("contactPhone", "soita heti<script>");
        bad.put("professional.contactEmail", "ei-osoite");
        bad.put("infoUrl", "javascript:alert(1)");
        Response refused = publisher.submit(services() + "/new", "form.service-form", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select(".field.invalid:has(#f-contactPhone) .field-error").text()).isNotBlank();
        assertThat(page.select(".field.invalid:has(#f-professional-contactEmail) .field-error").text())
                .isNotBlank();
        assertThat(page.select(".field.invalid:has(#f-infoUrl) .field-error").text()).isNotBlank();
        assertThat(page.select("#error-summary a[href=#f-professional-contactEmail]")).hasSize(1);
        // What the user typed stays, and is not stored.
        assertThat(page.select("#f-contactPhone").attr("value")).isEqualTo("soita heti<script>");
        assertThat(page.select("#f-professional-notes").text()).isEqualTo(NOTES);

        Map<String, Object> nameless = fields("", true);
        nameless.put("name.sv", "");
        Response noName = publisher.submit(services() + "/new", "form.service-form", nameless);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noName.asString()).select("#f-name .field-error").text())
                .isEqualTo("Anna palvelulle nimi ainakin yhdellä kielellä.");
        assertThat(countOnApi()).isZero();

        // A bad change of a written service keeps the service as it was.
        long id = createOnPage("Siivousapu", true);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name.fi", "Siivousapu muutettu");
        change.put("professional.contactPhone", "soita<b>");
        Response refusedChange = publisher.submit(services() + "/" + id, "form.service-form", change);
        assertThat(refusedChange.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refusedChange.asString())
                .select(".field.invalid:has(#f-professional-contactPhone) .field-error").text()).isNotBlank();
        given().get("/api/v1/services/" + id).then().statusCode(200).body("name", equalTo("Siivousapu"));
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get("/api/v1/services/" + id + "/professional").then()
                .statusCode(200).body("aboutService.contactPhone", equalTo(DIRECT_LINE));
    }

    @Test
    void anotherOrganisationsPublisherMayNeitherReadNorChangeIt() {
        long id = createOnPage("Kauppakassipalvelu", true);
        long other = fixtures.organisationWithMembers("Toinen palvelu Oy " + System.nanoTime(), "publisher2");
        StaffBrowser stranger = StaffBrowser.signIn("publisher2");
        stranger.get("/staff/organisations/" + other + "/services/new").then().statusCode(200);
        String token = stranger.formToken();

        stranger.get(services()).then().statusCode(403);
        stranger.get(services() + "/" + id).then().statusCode(403);
        stranger.get("/staff/organisations/" + other + "/services/" + id).then().statusCode(403);
        Map<String, Object> change = new LinkedHashMap<>(fields("Kaapattu palvelu", true));
        change.put("version", "0");
        change.put("csrf-token", token);
        assertThat(stranger.post(services() + "/" + id, change).statusCode()).isEqualTo(403);
        assertThat(stranger.post(services() + "/" + id + "/archive", Map.of("version", "0", "csrf-token", token))
                .statusCode()).isEqualTo(403);
        assertThat(stranger.post(services(), change).statusCode()).isEqualTo(403);
        // The owner's service is not found under another organisation's address.
        publisher.get("/staff/organisations/" + other + "/services/" + id).then().statusCode(404);

        given().get("/api/v1/services/" + id).then().statusCode(200).body("name", equalTo("Kauppakassipalvelu"));
        assertThat(countOnApi()).isEqualTo(1);
    }

    @Test
    void aDraftIsPublishedAndArchivedFromItsPage() {
        long id = createOnPage("Asiointiapu", false);
        given().get("/services/" + id).then().statusCode(404);

        Response published = publisher.submit(services() + "/" + id, "form[action$=/publish]", Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.header("Location")).endsWith(services() + "/" + id + "?done=published");
        given().get("/services/" + id).then().statusCode(200);
        Document page = Jsoup.parse(publisher.get(services() + "/" + id).asString());
        assertThat(page.select(".status").text()).contains("Julkaistu");

        // Saving the form keeps it published.
        assertThat(publisher.submit(services() + "/" + id, "form.service-form", Map.of("name.fi", "Asiointiapu kotiin"))
                .statusCode()).isEqualTo(303);
        given().get("/services/" + id).then().statusCode(200);

        Response archived = publisher.submit(services() + "/" + id, "form[action$=/archive]", Map.of());
        assertThat(archived.statusCode()).isEqualTo(303);
        given().get("/services/" + id).then().statusCode(404);
        Document list = Jsoup.parse(publisher.get(services()).asString());
        assertThat(list.select("table.listings tbody tr").text()).contains("Asiointiapu kotiin", "Arkistoitu");
    }

    @Test
    void theOrganisationsNotesForProfessionalsAreKeptOnItsServiceList() {
        long id = createOnPage("Turvapuhelin", true);
        Response bad = publisher.submit(services(), "form[action$=/professional-info]",
                Map.of("professional.notes", ORGANISATION_NOTES, "professional.contactEmail", "ei-osoite"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString())
                .select(".field.invalid:has(#f-professional-contactEmail) .field-error").text()).isNotBlank();

        Response saved = publisher.submit(services(), "form[action$=/professional-info]",
                Map.of("professional.notes", ORGANISATION_NOTES, "professional.contactEmail", "ohjaus@example.org"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document staff = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/services/" + id).asString());
        assertThat(staff.select(".professional-organisation").text()).contains(ORGANISATION_NOTES,
                "ohjaus@example.org");
        assertThat(given().get("/services/" + id).asString()).doesNotContain(ORGANISATION_NOTES);
    }

    @Test
    void staffOfEveryRoleAndPartnersMembersReadTheNotesHelpersAndResidentsDoNot() {
        long id = createOnPage("Omaishoitajan vapaa", true);
        for (String user : List.of("nurse", "linkperson", "coordinator", "analyst", "admin", "host", "vetter",
                "publisher")) {
            given().auth().oauth2(DemoUsers.accessToken(user)).get("/api/v1/services/" + id + "/professional").then()
                    .statusCode(200).body("aboutService.notes", equalTo(NOTES));
        }
        given().auth().oauth2(DemoUsers.accessToken("helper")).get("/api/v1/services/" + id + "/professional").then()
                .statusCode(403);
        StaffBrowser.signIn("helper").get("/staff/services/" + id).then().statusCode(403);
        // A publisher of no organisation is no partner organisation's member.
        given().auth().oauth2(DemoUsers.accessToken("publisher-unattached"))
                .get("/api/v1/services/" + id + "/professional").then().statusCode(403);
        given().get("/api/v1/services/" + id + "/professional").then().statusCode(401);
    }
}
