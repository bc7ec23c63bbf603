package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.FormValues;
import fi.silta.testsupport.StaffBrowser;

/** The referral path on the pages: the nurse's form, the coordinator's assignment, the link-person's work. */
@QuarkusTest
class ReferralPagesTest {

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void aReferralTravelsFromTheNursesFormToAClosedCase() {
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("displayName", "Liisa Linkki", "capacity", 10, "municipalities", List.of("272"),
                        "languages", List.of("fi")))
                .put("/api/v1/link-persons/linkperson").then().statusCode(200);

        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response sent = nurse.submit("/staff/referrals/new?lang=fi", "form.referral-form",
                Map.of("client.firstName", "Eino", "client.lastName", "Lomakkeinen", "municipality", "272",
                        "context", "SENIOR_CLINIC", "needs", List.of("LONELINESS", "MEMORY"), "linkPersonNeeded", "on",
                        "linkPersonReason", "Ei lähde yksin", "consents", "LINK_PERSON"));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        String casePath = sent.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        assertThat(casePath).doesNotContain("Lomakkeinen");
        assertThat(page(nurse.get("/staff/referrals")).select("table.referrals a").eachText())
                .contains("Eino Lomakkeinen");

        StaffBrowser coordinator = StaffBrowser.signIn("coordinator");
        Document assign = page(coordinator.get(casePath));
        assertThat(assign.select("form.assign input[name=linkPerson]").eachAttr("value")).contains("linkperson");
        assertThat(assign.select("form.assign label").eachText()).anyMatch(label -> label.contains("kattaa kunnan"));
        assertThat(coordinator.submit(casePath, "form.assign", Map.of("linkPerson", "linkperson")).statusCode())
                .isEqualTo(303);

        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of()).statusCode())
                .isEqualTo(303);
        Response contact = linkPerson.submit(casePath, "form.contact-form",
                Map.of("kind", "PHONE", "note", "Sovittu muistikahvila torstaina"));
        assertThat(contact.statusCode()).isEqualTo(303);
        Document working = page(linkPerson.get(casePath));
        assertThat(working.select(".contacts li").text()).contains("Sovittu muistikahvila torstaina");
        assertThat(linkPerson.submit(casePath, "form.step", Map.of("step", "ATTENDED")).statusCode()).isEqualTo(303);
        assertThat(linkPerson.submit(casePath, "form.move:has(input[value=completed])", Map.of("outcome", "ATTENDED"))
                .statusCode()).isEqualTo(303);
        assertThat(page(nurse.get(casePath + "?lang=en")).select("p.status").text()).isEqualTo("Status: closed: attended.");

        StaffBrowser other = StaffBrowser.signIn("linkperson2");
        assertThat(other.get(casePath).statusCode()).isEqualTo(403);
        assertThat(other.get(casePath).asString()).doesNotContain("Lomakkeinen");
    }

    @jakarta.inject.Inject
    fi.silta.testsupport.CatalogueFixtures fixtures;

    @Test
    void theNurseFindsAndSuggestsActivitiesAndPrintsTheReferralForTheClient() {
        long activity = fixtures.weeklyActivity("Muistikahvila Lähetetalolla", "FREQ=WEEKLY;BYDAY=TU,TH");
        fixtures.awaitIndexed(activity);
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response sent = nurse.submit("/staff/referrals/new?lang=fi", "form.referral-form",
                Map.of("client.firstName", "Saara", "client.lastName", "Tulostettava", "municipality", "272",
                        "context", "SENIOR_CLINIC", "needs", "MEMORY"));
        String casePath = sent.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        // The search words are posted, never put in the address beside the referral's number.
        Document found = page(nurse.submit(casePath, "form.activity-search", Map.of("q", "muistikahvila")));
        assertThat(found.select("ul.found li").text()).contains("Muistikahvila Lähetetalolla");
        Element suggest = found.selectFirst("ul.found li:contains(Muistikahvila Lähetetalolla) form");
        Response added = nurse.post(suggest.attr("action"), FormValues.of(suggest, Map.of()));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(page(nurse.get(casePath)).select("ul.suggested li").text()).contains("Muistikahvila Lähetetalolla");

        // The plan names one session of a suggested activity.
        Response planned = nurse.submit(casePath, "ul.suggested form.plan", Map.of());
        assertThat(planned.statusCode()).isEqualTo(303);
        assertThat(page(nurse.get(casePath)).select("ul.suggested strong").text()).isEqualTo("sovittu");

        Document print = page(nurse.get(casePath + "/print"));
        assertThat(print.select("h2").eachText()).contains("Muistikahvila Lähetetalolla");
        assertThat(print.text()).contains("Hei Saara").doesNotContain("Tulostettava");
        assertThat(print.select(".sheet-activity li")).isNotEmpty();
    }

    @Test
    void theCoordinatorKeepsLinkPersonsAndALinkPersonGivesACaseBack() {
        StaffBrowser coordinator = StaffBrowser.signIn("coordinator");
        Response saved = coordinator.submit("/staff/referrals/link-persons?lang=fi", "form.link-person-form",
                Map.of("username", "linkperson2", "displayName", "Leena Linkki", "capacity", "12",
                        "municipalities", "272", "languages", List.of("fi", "sv")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(page(coordinator.get("/staff/referrals/link-persons")).select("ul.link-persons").text())
                .contains("Leena Linkki");
        Response bad = coordinator.submit("/staff/referrals/link-persons", "form.link-person-form",
                Map.of("username", "x", "displayName", "", "capacity", "paljon"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(page(bad).select(".field-error")).isNotEmpty();

        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("client", Map.of("firstName", "Aino", "lastName", "Palautettava", "language", "fi"),
                        "municipality", "272", "context", "OTHER", "needs", List.of("LONELINESS"),
                        "linkPersonNeeded", true, "linkPersonReason", "Tarvitsee tukea",
                        "consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true))))
                .post("/api/v1/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson2")).post("/api/v1/referrals/" + id + "/assignment")
                .then().statusCode(200);
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson2");
        Response returned = linkPerson.submit("/staff/referrals/" + id, "form.return", Map.of("reason", "Lomalla"));
        assertThat(returned.statusCode()).isEqualTo(303);
        assertThat(linkPerson.get("/staff/referrals/" + id).statusCode()).isEqualTo(403);
        assertThat(page(coordinator.get("/staff/referrals")).select("section.queue a").eachText())
                .contains("Aino Palautettava");
    }

    @Test
    void theNursesFormAnswersBesideTheFieldInSwedishAndKeepsTheText() {
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response refused = nurse.submit("/staff/referrals/new?lang=sv", "form.referral-form",
                Map.of("client.firstName", "Elsa", "client.lastName", "Felsson", "client.identityCode", "131052-308U",
                        "municipality", "272", "context", "OTHER", "needs", "LONELINESS", "linkPersonNeeded", "on",
                        "linkPersonReason", "Behöver stöd"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = page(refused);
        // Which part is wrong (here the check character), with the code masked: the field itself is emptied.
        assertThat(form.select("#f-client\\.identityCode-error").text()).isEqualTo(
                "Det sista tecknet (kontrolltecknet) stämmer inte med siffrorna: någon siffra eller kontrolltecknet"
                        + " är felskrivet. Du skrev: 131052-***U");
        assertThat(form.select("#f-consents-error").text()).startsWith("En länkperson kan ta ärendet");
        assertThat(form.select("#f-client\\.lastName").attr("value")).isEqualTo("Felsson");
        // The summary at the top links to each field to correct; required fields are marked.
        assertThat(form.select("#error-summary a").eachAttr("href")).contains("#f-client.identityCode", "#f-consents");
        assertThat(form.select("#error-summary a[href=#f-client.identityCode]").text()).startsWith("Personbeteckning");
        assertThat(form.select("label[for=f-client.firstName] .required")).isNotEmpty();
        assertThat(form.select("label[for=f-client.phone] .required")).isEmpty();
        assertThat(form.select("#f-client\\.identityCode").attr("value")).isEmpty();
        assertThat(refused.asString()).doesNotContain("131052-308U");
    }
}
