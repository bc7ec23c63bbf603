package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/**
 * The nurse corrects a sent referral on its edit page: the form comes filled (the identity code masked), the case
 * page confirms the correction and its history names the corrected fields in the page's language, a correction made
 * meanwhile is not overwritten, and a closed referral offers no correction.
 */
@QuarkusTest
class CorrectionPagesTest {

    private static long referral() {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Korjattava");
        client.put("identityCode", "131052-308T");
        client.put("phone", "+358 40 123 4567");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", false);
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static String path(Response response) {
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void theNurseCorrectsThePhoneAndTheHistorySaysWhichFieldsInThePagesLanguage() {
        long id = referral();
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        String casePath = "/staff/referrals/" + id;
        assertThat(page(nurse.get(casePath + "?lang=fi")).select("a.correct").attr("href"))
                .isEqualTo(casePath + "/edit");

        Response edit = nurse.get(casePath + "/edit?lang=fi");
        assertThat(edit.statusCode()).isEqualTo(200);
        Document form = page(edit);
        assertThat(form.select("#f-phone").attr("value")).isEqualTo("+358 40 123 4567");
        assertThat(form.select("input[name=needs][value=LONELINESS]").hasAttr("checked")).isTrue();
        assertThat(edit.asString()).doesNotContain("131052-308T").contains("131052-***T");

        Response saved = nurse.submit(casePath + "/edit?lang=fi", "form.correction",
                Map.of("phone", "+358 50 765 4321", "urgency", "SOON"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(path(saved)).isEqualTo(casePath + "?done=corrected");
        Document shown = page(nurse.get(path(saved) + "&lang=fi"));
        assertThat(shown.select(".confirmation").text()).isEqualTo("Korjaukset tallennettu.");
        assertThat(shown.select(".client-card").text()).contains("+358 50 765 4321");
        assertThat(shown.select(".history").text()).contains("korjasi lähetettä: Puhelin, Kiireellisyys.")
                .doesNotContain("765 4321");
        assertThat(page(nurse.get(casePath + "?lang=sv")).select(".history").text())
                .contains("korrigerade remissen:");
    }

    @Test
    void aCorrectionMadeMeanwhileIsNotOverwrittenAndWhatWasTypedStays() {
        long id = referral();
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        String editPath = "/staff/referrals/" + id + "/edit";
        Element stale = page(nurse.get(editPath + "?lang=fi")).selectFirst("form.correction");
        assertThat(nurse.submit(editPath, "form.correction", Map.of("unit", "Ensimmäinen")).statusCode())
                .isEqualTo(303);

        Response refused = nurse.post(stale.attr("action") + "?lang=fi",
                FormValues.of(stale, Map.of("unit", "Toinen")));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document again = page(refused);
        assertThat(again.select("#f-unit").attr("value")).isEqualTo("Toinen");
        assertThat(again.select("#error-summary").text()).contains("muutti lähetettä sillä välin");
        assertThat(page(nurse.get("/staff/referrals/" + id + "?lang=fi")).select("body").text())
                .contains("Ensimmäinen").doesNotContain("Toinen");
    }

    @Test
    void aBadEmailIsMarkedAtItsFieldAndAClosedReferralOffersNoCorrection() {
        long id = referral();
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        String casePath = "/staff/referrals/" + id;
        Response bad = nurse.submit(casePath + "/edit?lang=fi", "form.correction", Map.of("email", "ei-osoite"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(page(bad).select("#error-summary a").eachAttr("href")).containsExactly("#f-email");

        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("status", "cancelled", "reason", "testi")).post("/api/v1/referrals/" + id + "/transitions")
                .then().statusCode(200);
        assertThat(page(nurse.get(casePath + "?lang=fi")).select("a.correct")).isEmpty();
        assertThat(nurse.get(casePath + "/edit?lang=fi").statusCode()).isEqualTo(409);
        // A link-person may not correct what the nurse wrote.
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        assertThat(linkPerson.get(casePath + "/edit").statusCode()).isEqualTo(403);
    }
}
