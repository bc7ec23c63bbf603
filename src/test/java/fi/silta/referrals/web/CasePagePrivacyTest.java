package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * What a case page leaves behind in the browser: the title (history, tabs) names the referral, not the client; the
 * nurse's activity search words are posted, not put in the address beside the referral's number; the referral
 * form is not filled from the browser's memory of other clients. A case page opened from a link on another site
 * reads nothing until the user follows it, so a link cannot write reads of any case into the access log.
 */
@QuarkusTest
class CasePagePrivacyTest {

    @Test
    void theCasePageKeepsTheClientOutOfTitleAndAddress() {
        long id = referral("Otsikoimaton", "120464-126J");
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Document page = Jsoup.parse(nurse.get("/staff/referrals/" + id).asString());
        assertThat(page.title()).contains("#" + id).doesNotContain("Otsikoimaton").doesNotContain("Aino");
        var search = page.selectFirst("form.activity-search");
        assertThat(search.attr("method")).isEqualTo("post");
        assertThat(search.attr("action")).isEqualTo("/staff/referrals/" + id + "/search");
        var searched = nurse.submit("/staff/referrals/" + id, "form.activity-search", Map.of("q", "kuoro"));
        assertThat(searched.statusCode()).isEqualTo(200);

        Document form = Jsoup.parse(nurse.get("/staff/referrals/new").asString());
        assertThat(form.selectFirst("form.referral-form").attr("autocomplete")).isEqualTo("off");
    }

    @Test
    void aCaseOpenedFromAnotherSiteIsNotReadUntilTheUserFollowsIt() {
        long id = referral("Linkitetty", "301165-123Y");
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        String fromElsewhere = nurse.request().header("Sec-Fetch-Site", "cross-site").get("/staff/referrals/" + id)
                .asString();
        assertThat(fromElsewhere).doesNotContain("Linkitetty")
                .contains("href=\"/staff/referrals/" + id + "\"");
        List<String> actions = given().auth().oauth2(DemoUsers.accessToken("admin")).contentType("application/json")
                .body(Map.of("referralId", id, "purpose", "ACCESS_LOG_REQUEST", "caseNumber", "DNRO 9/2026"))
                .post("/api/v1/admin/clients/access-log").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.actor == 'nurse' }.action", String.class);
        assertThat(actions).doesNotContain("read");
        assertThat(nurse.request().header("Sec-Fetch-Site", "same-origin").get("/staff/referrals/" + id).asString())
                .contains("Linkitetty");
    }

    private static long referral(String lastName, String identityCode) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", lastName);
        client.put("identityCode", identityCode);
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", false);
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
