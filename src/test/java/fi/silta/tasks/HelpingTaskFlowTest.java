package fi.silta.tasks;

import static fi.silta.tasks.TaskFixtures.TASKS;
import static fi.silta.tasks.TaskFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * A task from posting to done: a host posts it, the approved helper of its municipality sees it and claims it, a
 * helper of another municipality does not see it, the host confirms, both are reminded, the host confirms it done
 * with the hours, both leave a word, and the helper prints the record of their tasks and hours.
 */
@QuarkusTest
class HelpingTaskFlowTest {

    @Inject
    TaskFixtures fixtures;
    @Inject
    TaskReminders reminders;
    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    @Test
    void aTaskRunsFromPostingToDoneAndThePrintedRecord() {
        long organisation = fixtures.hostOrganisation("host");
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        fixtures.approvedHelper("helper2", TaskFixtures.ALAJARVI);
        JsonPath posted = TaskFixtures.post("host", TaskFixtures.task("GAME_PARTNER", TaskFixtures.KOKKOLA,
                organisation, null));
        long task = posted.getLong("id");
        assertThat(posted.getString("status")).isEqualTo("OPEN");

        List<Long> open = given().auth().oauth2(token("helper")).get(TASKS + "/open").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertThat(open).contains(task);
        List<Long> elsewhere = given().auth().oauth2(token("helper2")).get(TASKS + "/open").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertThat(elsewhere).doesNotContain(task);
        given().auth().oauth2(token("helper2")).get(TASKS + "/" + task).then().statusCode(404);
        given().auth().oauth2(token("helper2")).post(TASKS + "/" + task + "/claims").then().statusCode(404);

        long claim = TaskFixtures.claim("helper", task);
        given().auth().oauth2(token("helper")).get(TASKS + "/" + task).then().statusCode(200)
                .body("myClaim.status", equalTo("CLAIMED")).body("meetingPoint", equalTo("Pääovi, Torikatu 10"));
        given().auth().oauth2(token("host")).post(TASKS + "/" + task + "/claims/" + claim + "/confirmation").then()
                .statusCode(200).body("status", equalTo("FILLED")).body("claims[0].status", equalTo("CONFIRMED"))
                .body("claims[0].helperName", equalTo("Ville"));
        assertThat(given().auth().oauth2(token("helper")).get(TASKS + "/open").then().extract().jsonPath()
                .getList("id", Long.class)).as("a filled task is no longer open").doesNotContain(task);

        mailbox.clear();
        // The task starts tomorrow at 14.00; six hours on, it starts within the day of the reminder.
        MovableClock.advance(Duration.ofHours(6));
        assertThat(reminders.remind()).isPositive();
        assertThat(mailbox.getMailsSentTo("helper@helpers.example")).anySatisfy(
                mail -> assertThat(mail.getText()).contains("Peliseuraa").contains("Pääovi"));
        assertThat(reminders.remind()).as("one reminder per task").isZero();

        given().auth().oauth2(token("host")).contentType("application/json")
                .body(Map.of("hours", 1.5, "feedback", "Asukkaat ilahtuivat."))
                .post(TASKS + "/" + task + "/claims/" + claim + "/completion").then().statusCode(409);
        MovableClock.advance(Duration.ofDays(2));
        given().auth().oauth2(token("host")).contentType("application/json")
                .body(Map.of("hours", 1.5, "feedback", "Asukkaat ilahtuivat."))
                .post(TASKS + "/" + task + "/claims/" + claim + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE")).body("claims[0].hours", equalTo(1.5f));
        given().auth().oauth2(token("helper")).contentType("application/json")
                .body(Map.of("feedback", "Mukava iltapäivä.")).post(TASKS + "/" + task + "/claims/" + claim
                        + "/feedback")
                .then().statusCode(200).body("helperFeedback", equalTo("Mukava iltapäivä."));

        JsonPath record = given().auth().oauth2(token("helper")).queryParam("lang", "en")
                .get(TaskFixtures.HELPERS + "/me/record").then().statusCode(200).extract().jsonPath();
        assertThat(record.getList("tasks.kind", String.class)).contains("Game partner");
        assertThat(record.getDouble("totalHours")).isGreaterThanOrEqualTo(1.5);

        StaffBrowser helper = StaffBrowser.signIn("helper");
        for (String language : List.of("fi", "sv", "en")) {
            Document page = Jsoup.parse(helper.get("/staff/tasks/record?lang=" + language).asString());
            String hours = language.equals("en") ? "1.5" : "1,5";
            assertThat(page.select("table.record tbody tr").eachText()).anySatisfy(
                    line -> assertThat(line).contains("Palvelukeskus").contains(hours));
            assertThat(page.select("h1").text()).contains("Ville");
        }
    }

    @Test
    void eitherSideCancelsWithAReasonAndANoShowIsRecorded() {
        long organisation = fixtures.hostOrganisation("host");
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        Map<String, Object> body = TaskFixtures.task("COMPANY", TaskFixtures.KOKKOLA, organisation, null);
        body.put("trustApproved", true);
        long task = TaskFixtures.post("host", body).getLong("id");
        long claim = TaskFixtures.claim("helper", task);
        given().auth().oauth2(token("host")).get(TASKS + "/" + task).then().body("status", equalTo("FILLED"))
                .body("claims[0].status", equalTo("CONFIRMED"));
        given().auth().oauth2(token("helper")).contentType("application/json").body(Map.of("reason", "Sairastuin"))
                .post(TASKS + "/" + task + "/claims/" + claim + "/cancellation").then().statusCode(204);
        given().auth().oauth2(token("host")).get(TASKS + "/" + task).then().body("status", equalTo("OPEN"))
                .body("claims[0].status", equalTo("CANCELLED")).body("claims[0].cancelReason", equalTo("Sairastuin"));

        long second = TaskFixtures.post("host", body).getLong("id");
        long secondClaim = TaskFixtures.claim("helper", second);
        given().auth().oauth2(token("host")).post(TASKS + "/" + second + "/claims/" + secondClaim + "/no-show").then()
                .statusCode(200).body("claims[0].status", equalTo("NO_SHOW"));
        given().auth().oauth2(token("host")).contentType("application/json").body(Map.of("reason", "Tila remontissa"))
                .post(TASKS + "/" + second + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }
}
