package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/** Every action on a referral page is confirmed on the page it leads to; a refused one marks its field. */
@QuarkusTest
class CaseFeedbackTest {

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static String path(Response response) {
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void givingACaseBackWithoutAReasonMarksTheFieldAndWithOneLandsOnTheCaseloadConfirmed() {
        long id = CasePageFactsTest.referral("Palautuva", null);
        CasePageFactsTest.assign(id, "linkperson2", "Leena Linkki");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson2");
        String casePath = "/staff/referrals/" + id;

        Response empty = linkPerson.submit(casePath + "?lang=fi", "form.return", Map.of("reason", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        Document refused = page(empty);
        assertThat(refused.select("#return-reason-error").text()).isNotBlank();
        assertThat(refused.select("#return-reason").attr("aria-invalid")).isEqualTo("true");
        // The summary at the top links to the field and takes the focus.
        assertThat(refused.select("#error-summary[autofocus] a").eachAttr("href")).containsExactly("#return-reason");

        Response returned = linkPerson.submit(casePath + "?lang=fi", "form.return", Map.of("reason", "Lomalla"));
        assertThat(returned.statusCode()).isEqualTo(303);
        assertThat(path(returned)).isEqualTo("/staff/referrals?done=returned");
        Response caseload = linkPerson.get(path(returned) + "&lang=fi");
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertThat(page(caseload).select(".confirmation[role=status]").text())
                .isEqualTo("Tapaus palautettu koordinaattorille.");
    }

    @Test
    void eachCaseActionIsConfirmedOnTheCasePage() {
        long id = CasePageFactsTest.referral("Vahvistettava", null);
        StaffBrowser coordinator = StaffBrowser.signIn("coordinator");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("displayName", "Liisa Linkki", "capacity", 50, "municipalities", java.util.List.of("272"),
                        "languages", java.util.List.of("fi")))
                .put("/api/v1/link-persons/linkperson").then().statusCode(200);
        String casePath = "/staff/referrals/" + id;
        Response assigned = coordinator.submit(casePath, "form.assign", Map.of("linkPerson", "linkperson"));
        assertThat(path(assigned)).isEqualTo(casePath + "?done=assigned");
        assertThat(page(coordinator.get(path(assigned) + "&lang=sv")).select(".confirmation").text())
                .isEqualTo("Ärendet har getts till länkpersonen.");

        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        Response accepted = linkPerson.submit(casePath, "form.move:has(input[value=accepted])", Map.of());
        assertThat(page(linkPerson.get(path(accepted) + "&lang=fi")).select(".confirmation").text())
                .isEqualTo("Tila muutettu.");
        // The contact form sent as it starts records nothing: how the client was reached must be chosen.
        Response unchanged = linkPerson.submit(casePath + "?lang=fi", "form.contact-form", Map.of());
        assertThat(unchanged.statusCode()).isEqualTo(400);
        assertThat(page(unchanged).select("#f-kind-error").text()).isNotBlank();
        assertThat(page(unchanged).select("#error-summary a").eachAttr("href")).containsExactly("#f-kind");
        assertThat(page(unchanged).select(".contacts li")).isEmpty();
        Response contact = linkPerson.submit(casePath, "form.contact-form", Map.of("kind", "PHONE"));
        assertThat(path(contact)).isEqualTo(casePath + "?done=contact#contacts");
        Response step = linkPerson.submit(casePath, "form.step", Map.of("step", "FIRST_CONTACT"));
        assertThat(page(linkPerson.get(path(step) + "&lang=en")).select(".confirmation").text())
                .isEqualTo("Step recorded.");
        // The address names the action only; an unknown one confirms nothing.
        assertThat(page(linkPerson.get(casePath + "?done=whatever")).select(".confirmation")).isEmpty();
    }
}
