package fi.silta.tasks;

import static fi.silta.tasks.TaskFixtures.TASKS;
import static fi.silta.tasks.TaskFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.StaffBrowser;

/**
 * The figures count tasks by municipality and month and hide a count under the reports' smallest group (five), as
 * the reports do; a zero is shown.
 */
@QuarkusTest
class TaskFiguresTest {

    private static final String ALAVUS = "010";

    @Inject
    TaskFixtures fixtures;

    @Test
    void smallCountsAreHiddenAndLargerOnesShown() {
        long organisation = fixtures.hostOrganisation("host");
        for (int i = 0; i < 5; i++) {
            TaskFixtures.post("host", TaskFixtures.task("READING_ALOUD", TaskFixtures.ALAJARVI, organisation, null));
        }
        TaskFixtures.post("host", TaskFixtures.task("OTHER", ALAVUS, organisation, null));
        String month = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString().substring(0, 7);

        for (String reader : new String[] { "host", "analyst" }) {
            JsonPath figures = given().auth().oauth2(token(reader)).get(TASKS + "/figures").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(figures.getInt("smallestShown")).isEqualTo(5);
            Map<String, Object> many = figures.getMap("rows.find { it.municipality == '005' && it.month == '"
                    + month + "' }");
            assertThat(((Number) many.get("posted")).longValue()).isGreaterThanOrEqualTo(5);
            assertThat(many.get("done")).isEqualTo(0);
            assertThat(many.get("municipalityName")).isEqualTo("Alajärvi");
            Map<String, Object> few = figures.getMap("rows.find { it.municipality == '010' && it.month == '"
                    + month + "' }");
            assertThat(few.get("posted")).as("one task is fewer than five").isNull();
        }
        Document page = Jsoup.parse(StaffBrowser.signIn("analyst").get("/staff/tasks/figures?lang=fi").asString());
        assertThat(page.select("table.task-figures tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("Alavus " + month + " alle 5"));
    }
}
