package fi.silta.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * The pages of helping hands, browser-free: a host posts a task with the form (a refused one shows the message
 * beside the field), confirms a helper's claim on the task page; the helper claims on the page; the vetter sees
 * their helpers.
 */
@QuarkusTest
class TaskPagesTest {

    @Inject
    TaskFixtures fixtures;

    @Test
    void aHostPostsATaskOnThePageAndConfirmsTheHelperWhoClaimedItThere() {
        long organisation = fixtures.hostOrganisation("host");
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        StaffBrowser host = StaffBrowser.signIn("host");
        Document form = Jsoup.parse(host.get("/staff/tasks/new?lang=fi").asString());
        assertThat(form.select("select[name=organisationId] option").eachAttr("value"))
                .contains(String.valueOf(organisation));

        Map<String, String> values = new HashMap<>(
                Map.of("organisationId", String.valueOf(organisation), "kind", "READING_ALOUD",
                        "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(2).toString(), "startTime", "11:00",
                        "durationMinutes", "45", "municipality", TaskFixtures.KOKKOLA, "meetingPoint", "",
                        "languages", "fi"));
        values.put("csrf-token", host.formToken());
        Response refused = host.post("/staff/tasks/new", values);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#f-meetingPoint-error").text()).isNotBlank();

        Map<String, String> complete = new HashMap<>(values);
        complete.put("meetingPoint", "Lukusali");
        Response posted = host.post("/staff/tasks/new", complete);
        assertThat(posted.statusCode()).isEqualTo(303);
        String taskPath = posted.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        assertThat(taskPath).matches("/staff/tasks/[0-9]+");

        StaffBrowser helper = StaffBrowser.signIn("helper");
        Document open = Jsoup.parse(helper.get("/staff/tasks?lang=fi").asString());
        assertThat(open.select("section.open-tasks a").eachAttr("href")).contains(taskPath);
        assertThat(helper.submit(taskPath + "?lang=fi", "form[action$=/claim]", Map.of()).statusCode())
                .isEqualTo(303);

        Document hosted = Jsoup.parse(host.get(taskPath + "?lang=fi").asString());
        assertThat(hosted.select("section.claims li").text()).contains("Ville").contains("odottaa vahvistusta");
        assertThat(host.submit(taskPath + "?lang=fi", "form[action$=/confirm]", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(Jsoup.parse(host.get(taskPath + "?lang=sv").asString()).select("section.claims li").text())
                .contains("bekräftad");
    }

    @Test
    void theHostConfirmsDoneWithHoursOnThePageAndTheHelperLeavesAWord() {
        long organisation = fixtures.hostOrganisation("host");
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        long task = TaskFixtures.post("host", TaskFixtures.task("DIGITAL_HELP", TaskFixtures.KOKKOLA, organisation,
                null)).getLong("id");
        TaskFixtures.claim("helper", task);
        String path = "/staff/tasks/" + task;
        StaffBrowser host = StaffBrowser.signIn("host");
        assertThat(host.submit(path + "?lang=fi", "form[action$=/confirm]", Map.of()).statusCode()).isEqualTo(303);
        try {
            MovableClock.advance(Duration.ofDays(2));
            Response refused = host.submit(path + "?lang=fi", "form.complete-claim", Map.of("hours", "kaksi"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).select("#error-summary").text()).contains("tunnit");
            assertThat(host.submit(path + "?lang=fi", "form.complete-claim",
                    Map.of("hours", "1,25", "feedback", "Kiitos avusta")).statusCode()).isEqualTo(303);
            assertThat(Jsoup.parse(host.get(path + "?lang=fi").asString()).select("section.claims li").text())
                    .contains("tehty");

            StaffBrowser helper = StaffBrowser.signIn("helper");
            Document done = Jsoup.parse(helper.get(path + "?lang=fi").asString());
            assertThat(done.select("p.host-feedback").text()).contains("Kiitos avusta");
            assertThat(helper.submit(path + "?lang=fi", "form.helper-feedback", Map.of("feedback", "Hauskaa oli"))
                    .statusCode()).isEqualTo(303);
            assertThat(Jsoup.parse(helper.get(path + "?lang=fi").asString()).select("#f-feedback").val())
                    .isEqualTo("Hauskaa oli");
        } finally {
            MovableClock.reset();
        }
    }

    @Test
    void theVetterSeesTheirHelpers() {
        fixtures.approvedHelper("helper", TaskFixtures.KOKKOLA);
        Document page = Jsoup.parse(StaffBrowser.signIn("vetter").get("/staff/tasks?lang=fi").asString());
        assertThat(page.select("section.helpers li").eachText()).anySatisfy(line -> assertThat(line)
                .contains("(helper)").contains("hyväksytty"));
    }
}
