package fi.silta.publishing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/** Publishers keep listings through the pages: forms, messages beside fields, conflicts and forgery refused. */
@QuarkusTest
class PublisherPagesTest {

    @Inject
    CatalogueFixtures fixtures;

    private long ownOrganisation;
    private long otherOrganisation;

    @BeforeEach
    void organisations() {
        ownOrganisation = fixtures.organisationWithMembers("Sivuyhdistys ry", "publisher");
        otherOrganisation = fixtures.organisationWithMembers("Naapuriyhdistys ry", "publisher2");
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private long createThroughForm(StaffBrowser browser, long organisation, String title) {
        Response created = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", title, "summary.fi", "Lyhyt kuvaus."));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        String location = created.header("Location");
        return Long.parseLong(location.replaceAll(".*/staff/activities/(\\d+).*", "$1"));
    }

    @Test
    void aPublisherCreatesAndEditsAnActivityThroughTheForms() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Document organisations = page(browser.get("/staff/organisations?lang=fi"));
        assertThat(organisations.select("main a").eachText()).contains("Sivuyhdistys ry")
                .doesNotContain("Naapuriyhdistys ry");

        long id = createThroughForm(browser, ownOrganisation, "Lukupiiri");
        Document edit = page(browser.get("/staff/activities/" + id));
        assertThat(edit.select("h1").text()).isEqualTo("Lukupiiri");
        assertThat(edit.select("#f-summary-fi").text()).isEqualTo("Lyhyt kuvaus.");

        Response saved = browser.submit("/staff/activities/" + id, "form.activity-form",
                Map.of("title.fi", "Lukupiiri kirjastossa", "title.sv", "Läsecirkel"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document after = page(browser.get("/staff/activities/" + id));
        assertThat(after.select("h1").text()).isEqualTo("Lukupiiri kirjastossa");
        assertThat(after.select("#f-title-sv").attr("value")).isEqualTo("Läsecirkel");
        Document preview = page(browser.get("/staff/activities/" + id + "/preview"));
        assertThat(preview.select("h1").text()).isEqualTo("Lukupiiri kirjastossa");
        assertThat(preview.select(".lead").text()).isEqualTo("Lyhyt kuvaus.");
        assertThat(after.select(".history li").eachText()).anyMatch(line -> line.contains("publisher"))
                .anyMatch(line -> line.contains("muokkasi"));

        Response scheduled = browser.submit("/staff/activities/" + id, "form.schedule-form",
                Map.of("kind", "WEEKLY", "date", java.time.LocalDate.now().plusDays(1).toString(), "startTime", "17.00",
                        "endTime", "18.30", "weekdays", "WEDNESDAY"));
        assertThat(scheduled.statusCode()).isEqualTo(303);
        Document withSessions = page(browser.get("/staff/activities/" + id));
        assertThat(withSessions.select(".sessions li")).isNotEmpty();
        assertThat(withSessions.select("#schedules li").text()).contains("joka keskiviikko klo 17.00–18.30")
                .doesNotContain("BYDAY");
    }

    @Test
    void theStaffHomePageShowsAPublisherTheirOrganisationsAndOthersNone() {
        Document publisher = page(StaffBrowser.signIn("publisher").get("/staff?lang=en"));
        assertThat(publisher.select("main h2").eachText()).contains("Organisations whose activities you keep up to date");
        assertThat(publisher.select("main a[href=/staff/organisations/" + ownOrganisation + "]").text())
                .isEqualTo("Sivuyhdistys ry");
        assertThat(publisher.select("main a[href=/staff/organisations/" + otherOrganisation + "]")).isEmpty();

        Document nurse = page(StaffBrowser.signIn("nurse").get("/staff?lang=en"));
        assertThat(nurse.select("main li").eachText()).contains("Nurse");
        assertThat(nurse.select("main h2").eachText()).doesNotContain("Organisations whose activities you keep up to date");
    }

    @Test
    void invalidInputIsShownBesideTheFieldInTheUsersLanguageAndKept() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Response response = browser.submit("/staff/organisations/" + ownOrganisation + "/activities/new?lang=sv",
                "form.activity-form", Map.of("title.fi", "", "ageMin", "sjuttio", "contactEmail", "inte-en-adress",
                        "summary.fi", "Behålls"));
        assertThat(response.statusCode()).isEqualTo(400);
        Document form = page(response);
        assertThat(form.select("#f-ageMin-error").text()).isEqualTo("Skriv ett tal.");
        assertThat(form.select("#f-ageMin").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#f-ageMin").attr("value")).isEqualTo("sjuttio");
        assertThat(form.select("#f-summary-fi").text()).isEqualTo("Behålls");
        assertThat(form.select("#error-summary").text()).contains("Kontrollera de markerade fälten");
    }

    @Test
    void aFormPostWithoutTheAntiForgeryTokenIsRefusedAndChangesNothing() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        long id = createThroughForm(browser, ownOrganisation, "Alkuperäinen");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("title.fi", "Väärennetty");
        Response refused = browser.post("/staff/activities/" + id, form);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(page(refused).select("h1").text()).isEqualTo("Lomake vanhentui");

        form.put("csrf-token", "x".repeat(43));
        assertThat(browser.post("/staff/activities/" + id, form).statusCode()).isEqualTo(403);
        assertThat(page(browser.get("/staff/activities/" + id)).select("h1").text()).isEqualTo("Alkuperäinen");
    }

    @Test
    void aPublisherCannotOpenOrPostToAnotherOrganisationsActivity() {
        StaffBrowser neighbour = StaffBrowser.signIn("publisher2");
        long theirs = createThroughForm(neighbour, otherOrganisation, "Naapurin luonnos");

        StaffBrowser browser = StaffBrowser.signIn("publisher");
        assertThat(browser.get("/staff/activities/" + theirs).statusCode()).isEqualTo(403);
        assertThat(browser.get("/staff/organisations/" + otherOrganisation).statusCode()).isEqualTo(403);
        assertThat(browser.get("/staff/activities/" + theirs + "/preview").statusCode()).isEqualTo(403);

        // A valid token of one's own session does not open someone else's activity.
        String token = page(browser.get("/staff/organisations/" + ownOrganisation + "/activities/new"))
                .select("input[name=csrf-token]").attr("value");
        for (String action : new String[] { "", "/publish", "/archive", "/confirm" }) {
            Response response = browser.post("/staff/activities/" + theirs + action,
                    Map.of("csrf-token", token, "version", "0", "title.fi", "Kaapattu"));
            assertThat(response.statusCode()).as(action).isEqualTo(403);
        }
        Response create = browser.post("/staff/organisations/" + otherOrganisation + "/activities",
                Map.of("csrf-token", token, "version", "0", "title.fi", "Soluttautuja"));
        assertThat(create.statusCode()).isEqualTo(403);

        given().auth().oauth2(DemoUsers.accessToken("publisher2")).when()
                .get("/api/v1/publishing/activities/" + theirs).then().statusCode(200)
                .body("fields.title.fi", org.hamcrest.Matchers.equalTo("Naapurin luonnos"))
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
        given().auth().oauth2(DemoUsers.accessToken("publisher2")).when()
                .get("/api/v1/publishing/organisations/" + otherOrganisation + "/activities").then()
                .body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void theSecondOfTwoEditsOnThePagesGetsAMessageAndKeepsItsTextWhileTheFirstIsSaved() {
        StaffBrowser first = StaffBrowser.signIn("publisher");
        StaffBrowser second = StaffBrowser.signIn("publisher");
        long id = createThroughForm(first, ownOrganisation, "Kuoro");

        Document firstForm = page(first.get("/staff/activities/" + id));
        Document secondForm = page(second.get("/staff/activities/" + id));
        Response saved = first.post("/staff/activities/" + id, values(firstForm, "Kuoro maanantaisin"));
        assertThat(saved.statusCode()).isEqualTo(303);

        Response conflict = second.post("/staff/activities/" + id, values(secondForm, "Kuoro tiistaisin"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        Document message = page(conflict);
        assertThat(message.select("#error-summary").text()).contains("Joku muu tallensi");
        assertThat(message.select("#f-title-fi").attr("value")).isEqualTo("Kuoro tiistaisin");
        assertThat(page(first.get("/staff/activities/" + id)).select("h1").text()).isEqualTo("Kuoro maanantaisin");
    }

    private static Map<String, Object> values(Document page, String title) {
        Map<String, Object> values = new LinkedHashMap<>();
        page.select("form.activity-form input[type=hidden], form.activity-form input[type=text]")
                .forEach(input -> values.put(input.attr("name"), input.attr("value")));
        values.put("title.fi", title);
        return values;
    }
}
