package fi.silta.tasks;

import static fi.silta.tasks.TaskFixtures.TASKS;
import static fi.silta.tasks.TaskFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * A link-person asks a vetted helper to go with a referred client to a session: the helper sees the client's first
 * name and the meeting point only once confirmed and only with the client's consent, every such reach is in the
 * client-data access log, and confirming the visit done records in the referral which helper went.
 */
@QuarkusTest
class AccompanimentTaskTest {

    private static final String REFERRALS = "/api/v1/referrals";

    @Inject
    TaskFixtures fixtures;
    @Inject
    AuditLog audit;

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    /** A referral written by the nurse, assigned to the link-person, with or without the client's helper consent. */
    private static long referral(String firstName, boolean helperConsent) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", firstName);
        client.put("lastName", "Saatettava");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", TaskFixtures.KOKKOLA);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "HELPER", "given", helperConsent)));
        body.put("unit", "Kokkolan seniorineuvola");
        long id = given().auth().oauth2(token("nurse")).contentType("application/json").body(body).post(REFERRALS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(REFERRALS + "/" + id + "/assignment").then()
                .statusCode(200);
        return id;
    }

    private static long accompaniment(long referral) {
        Map<String, Object> body = TaskFixtures.task("ACTIVITY_ACCOMPANIMENT", TaskFixtures.KOKKOLA, null, referral);
        body.put("meetingPoint", "Kirjaston pääovi");
        return TaskFixtures.post("linkperson", body).getLong("id");
    }

    @Test
    void aConfirmedHelperWithTheClientsConsentSeesTheFirstNameAndTheReferralRecordsWhoWent() {
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        long referral = referral("Helmi", true);
        long task = accompaniment(referral);

        given().auth().oauth2(token("helper")).get(TASKS + "/" + task).then().statusCode(200)
                .body("client", nullValue()).body("meetingPoint", nullValue()).body("notes", nullValue());
        long claim = TaskFixtures.claim("helper", task);
        given().auth().oauth2(token("helper")).get(TASKS + "/" + task).then().statusCode(200)
                .body("client", nullValue()).body("meetingPoint", nullValue());
        StaffBrowser browser = StaffBrowser.signIn("helper");
        Document unconfirmed = Jsoup.parse(browser.get("/staff/tasks/" + task + "?lang=fi").asString());
        assertThat(unconfirmed.text()).doesNotContain("Helmi").doesNotContain("Kirjaston pääovi");
        assertThat(unconfirmed.select("p.client-hidden")).hasSize(1);
        assertThat(helperReaches(referral)).isEmpty();

        given().auth().oauth2(token("host")).post(TASKS + "/" + task + "/claims/" + claim + "/confirmation").then()
                .statusCode(403);
        given().auth().oauth2(token("linkperson")).post(TASKS + "/" + task + "/claims/" + claim + "/confirmation")
                .then().statusCode(200).body("status", equalTo("FILLED"));
        given().auth().oauth2(token("helper")).get(TASKS + "/" + task).then().statusCode(200)
                .body("client", equalTo("Helmi")).body("meetingPoint", equalTo("Kirjaston pääovi"));
        Document confirmed = Jsoup.parse(browser.get("/staff/tasks/" + task + "?lang=fi").asString());
        assertThat(confirmed.select("dd.client").text()).isEqualTo("Helmi");
        assertThat(confirmed.select("dd.meeting-point").text()).isEqualTo("Kirjaston pääovi");
        assertThat(helperReaches(referral)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("helper");
            assertThat(entry.role()).isEqualTo("helper");
            assertThat(entry.details()).isEqualTo("task " + task);
        });

        MovableClock.advance(Duration.ofDays(2));
        given().auth().oauth2(token("linkperson")).contentType("application/json").body(Map.of("hours", 2))
                .post(TASKS + "/" + task + "/claims/" + claim + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE"));
        JsonPath history = given().auth().oauth2(token("nurse")).get(REFERRALS + "/" + referral).then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("history.findAll { it.kind == 'ACCOMPANIED' }.detail", String.class))
                .containsExactly("helper");
        assertThat(history.getList("history.findAll { it.kind == 'ACCOMPANIED' }.step", String.class))
                .containsExactly("ACCOMPANIED_VISIT_PLANNED");
    }

    @Test
    void withoutTheClientsConsentAConfirmedHelperSeesNoClientData() {
        fixtures.approvedHelper("helper3", TaskFixtures.KOKKOLA);
        long referral = referral("Kerttu", false);
        long task = accompaniment(referral);
        long claim = TaskFixtures.claim("helper3", task);
        given().auth().oauth2(token("linkperson")).post(TASKS + "/" + task + "/claims/" + claim + "/confirmation")
                .then().statusCode(200);
        String body = given().auth().oauth2(token("helper3")).get(TASKS + "/" + task).then().statusCode(200)
                .body("client", nullValue()).body("meetingPoint", equalTo("Kirjaston pääovi")).extract().asString();
        assertThat(body).doesNotContain("Kerttu");
        Document page = Jsoup.parse(StaffBrowser.signIn("helper3").get("/staff/tasks/" + task + "?lang=fi").asString());
        assertThat(page.text()).doesNotContain("Kerttu");
        assertThat(helperReaches(referral)).isEmpty();
    }

    @Test
    void onlyTheLinkPersonWorkingTheCasePostsForItAndAHelperElsewhereDoesNotSeeIt() {
        fixtures.approvedHelper("helper2", TaskFixtures.ALAJARVI);
        long referral = referral("Lyyli", true);
        given().auth().oauth2(token("linkperson2")).contentType("application/json")
                .body(TaskFixtures.task("ACTIVITY_ACCOMPANIMENT", TaskFixtures.KOKKOLA, null, referral)).post(TASKS)
                .then().statusCode(403);
        long task = accompaniment(referral);
        given().auth().oauth2(token("helper2")).get(TASKS + "/" + task).then().statusCode(404);
        assertThat(given().auth().oauth2(token("helper2")).get(TASKS + "/open").then().extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(task);
        StaffBrowser elsewhere = StaffBrowser.signIn("helper2");
        assertThat(elsewhere.get("/staff/tasks/" + task + "?lang=fi").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(elsewhere.get("/staff/tasks?lang=fi").asString()).select("a[href=/staff/tasks/" + task
                + "]")).isEmpty();
    }

    private List<AuditEntry> helperReaches(long referral) {
        return audit.accesses("referral", referral).stream().filter(e -> "helper-view".equals(e.operation()))
                .toList();
    }
}
