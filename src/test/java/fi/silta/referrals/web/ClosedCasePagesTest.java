package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/** A closed case is a record: it offers no more work, and a form sent from an old tab is refused on the case page. */
@QuarkusTest
class ClosedCasePagesTest {

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void theCloseFormsOfferOnlyTheOutcomesThatFitTheirMove() {
        long id = CasePageFactsTest.referral("Vaihtoehtoinen", null);
        CasePageFactsTest.assign(id, "linkperson", "Liisa Linkki");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        String casePath = "/staff/referrals/" + id;
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of()).statusCode())
                .isEqualTo(303);
        Document open = page(linkPerson.get(casePath + "?lang=fi"));
        assertThat(open.select("form.move:has(input[value=completed]) select[name=outcome] option").eachAttr("value"))
                .containsExactly("ATTENDED");
        assertThat(open.select("form.move:has(input[value=failed]) select[name=outcome] option").eachAttr("value"))
                .isNotEmpty().doesNotContain("ATTENDED");
    }

    @Test
    void aClosedCaseOffersNoWorkAndAContactFromAnOldTabIsRefusedOnTheCasePage() {
        long id = CasePageFactsTest.referral("Suljettu", null);
        CasePageFactsTest.assign(id, "linkperson", "Liisa Linkki");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        String casePath = "/staff/referrals/" + id;
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of()).statusCode())
                .isEqualTo(303);
        // A tab opened while the case was open keeps its forms.
        Document oldTab = page(linkPerson.get(casePath + "?lang=fi"));
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("status", "completed", "outcome", "ATTENDED"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);

        Document closed = page(linkPerson.get(casePath + "?lang=fi"));
        assertThat(closed.select("form.step")).isEmpty();
        assertThat(closed.select("form.contact-form")).isEmpty();
        assertThat(closed.select("form.plan, form.remove, form.activity-search")).isEmpty();
        assertThat(closed.select("section#contacts")).isNotEmpty();
        Document nurse = page(StaffBrowser.signIn("nurse").get(casePath + "?lang=fi"));
        assertThat(nurse.select("form.remove, form.plan, form.activity-search")).isEmpty();

        Response contact = linkPerson.post(oldTab.selectFirst("form.contact-form").attr("action"),
                Map.of("csrf-token", linkPerson.formToken(), "kind", "PHONE", "date", "2026-12-01"));
        assertThat(contact.statusCode()).isEqualTo(409);
        Document refused = page(contact);
        assertThat(refused.select("h1").text()).contains(String.valueOf(id));
        assertThat(refused.select("#error-summary").text()).isNotBlank();
    }

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void attendanceIsNotRecordedBeforeThePlannedSessionBegins() {
        long activity = fixtures.weeklyActivity("Tuolijumppa Tulevaisuudessa", "FREQ=WEEKLY;BYDAY=TU");
        long id = CasePageFactsTest.referral("Ennenaikainen", null);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("activityIds", List.of(activity))).post("/api/v1/referrals/" + id + "/activities")
                .then().statusCode(200);
        String casePath = "/staff/referrals/" + id;
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        assertThat(nurse.submit(casePath, "ul.suggested form.plan", Map.of()).statusCode()).isEqualTo(303);
        CasePageFactsTest.assign(id, "linkperson", "Liisa Linkki");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of()).statusCode())
                .isEqualTo(303);

        Response step = linkPerson.submit(casePath + "?lang=fi", "form.step", Map.of("step", "ATTENDED"));
        assertThat(step.statusCode()).isEqualTo(400);
        assertThat(page(step).select("#error-summary a[href=#step]").text()).contains("ei ole vielä alkanut");
        Response close = linkPerson.submit(casePath + "?lang=fi", "form.move:has(input[value=completed])",
                Map.of("outcome", "ATTENDED"));
        assertThat(close.statusCode()).isEqualTo(400);
        assertThat(page(close).select("#error-summary").text()).contains("ei ole vielä alkanut");
        assertThat(page(linkPerson.get(casePath + "?lang=fi")).select("p.status").text())
                .isEqualTo("Tila: otettu vastaan.");
    }
}
