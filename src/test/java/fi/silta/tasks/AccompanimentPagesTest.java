package fi.silta.tasks;

import static fi.silta.tasks.TaskFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/**
 * The link-person working a case asks on a page for a helper to go with the client, browser-free: the case page links
 * to the form, the form posts the accompaniment task for the referral (confirmed on the task page), a bad value is
 * shown beside its field and stores nothing, and the form shows no client data.
 */
@QuarkusTest
class AccompanimentPagesTest {

    private static final String REFERRALS = "/api/v1/referrals";

    private static long referral(String firstName) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", firstName);
        client.put("lastName", "Sivusaatettava");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", TaskFixtures.KOKKOLA);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "HELPER", "given", true)));
        body.put("unit", "Kokkolan seniorineuvola");
        long id = given().auth().oauth2(token("nurse")).contentType("application/json").body(body).post(REFERRALS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(REFERRALS + "/" + id + "/assignment").then()
                .statusCode(200);
        return id;
    }

    /** The link-person's hosted tasks meeting at the place, through the API. */
    private static List<Object> tasksAt(String meetingPoint) {
        return given().auth().oauth2(token("linkperson")).get(TaskFixtures.TASKS).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.meetingPoint == '" + meetingPoint + "' }");
    }

    @Test
    void theLinkPersonAsksForAHelperFromTheCasePage() {
        long referral = referral("Aino");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        Document casePage = Jsoup.parse(linkPerson.get("/staff/referrals/" + referral + "?lang=fi").asString());
        String form = "/staff/tasks/accompany?referral=" + referral;
        assertThat(casePage.select("ul.case-links a").eachAttr("href")).containsExactly(form);
        assertThat(casePage.select("ul.case-links a").text()).isEqualTo("Pyydä auttaja mukaan");

        Document page = Jsoup.parse(linkPerson.get(form + "&lang=sv").asString());
        assertThat(page.select("h1").text()).isEqualTo("Be om en hjälpare som följer klienten");
        assertThat(page.text()).doesNotContain("Aino").doesNotContain("Sivusaatettava");
        assertThat(page.select("form.accompany-form input[name=csrf-token]")).isNotEmpty();

        String meetingPoint = "Kirjaston pääovi " + referral;
        String day = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(3).toString();
        Response posted = linkPerson.submit(form + "&lang=fi", "form.accompany-form",
                Map.of("date", day, "startTime", "10:30", "durationMinutes", "120", "meetingPoint",
                        meetingPoint, "notes", "Kävelykeppi mukana"));
        assertThat(posted.statusCode()).isEqualTo(303);
        String taskPath = posted.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(taskPath).matches("/staff/tasks/[0-9]+\\?done=created");
        Document task = Jsoup.parse(linkPerson.get(taskPath + "&lang=fi").asString());
        assertThat(task.select("#confirmation").text()).isNotBlank();
        List<Object> tasks = tasksAt(meetingPoint);
        assertThat(tasks).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) tasks.get(0);
        assertThat(stored.get("kind")).isEqualTo("ACTIVITY_ACCOMPANIMENT");
        assertThat(stored.get("municipality")).isEqualTo(TaskFixtures.KOKKOLA);
        assertThat(stored.get("forReferral")).isEqualTo(true);
    }

    @Test
    void aBadValueIsShownBesideItsFieldAndNothingIsStored() {
        long referral = referral("Bertta");
        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        String form = "/staff/tasks/accompany?referral=" + referral;
        Response refused = linkPerson.submit(form + "&lang=en", "form.accompany-form",
                Map.of("durationMinutes", "5000", "meetingPoint", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(refused.asString());
        assertThat(shown.select("#f-durationMinutes-error").text()).isNotBlank();
        assertThat(shown.select("#f-meetingPoint-error").text()).isNotBlank();
        assertThat(shown.text()).doesNotContain("Bertta");
        Response badDay = linkPerson.submit(form + "&lang=fi", "form.accompany-form",
                Map.of("date", "huomenna", "meetingPoint", "Aula " + referral));
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badDay.asString()).select("#f-date-error").text()).isNotBlank();
        assertThat(tasksAt("Aula " + referral)).isEmpty();
    }

    @Test
    void onlyTheLinkPersonWorkingTheCaseGetsTheLinkAndTheForm() {
        long referral = referral("Cecilia");
        Document nurseView = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/referrals/" + referral + "?lang=fi")
                .asString());
        assertThat(nurseView.select("ul.case-links")).isEmpty();
        assertThat(StaffBrowser.signIn("nurse").get("/staff/tasks/accompany?referral=" + referral).statusCode())
                .isEqualTo(403);
    }
}
