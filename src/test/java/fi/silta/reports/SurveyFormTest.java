package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/**
 * An analyst or coordinator creates a residents' survey on a form of its own, with its questions: a refused value is
 * named beside its field and in the summary, nothing is stored until the form is valid, and the rows left empty are
 * not asked.
 */
@QuarkusTest
class SurveyFormTest {

    private static final String FORM = "/staff/reports/surveys/new";

    @Test
    void theFormNamesEachRefusedFieldAndCreatesTheSurveyWithTheQuestionsWritten() {
        StaffBrowser analyst = StaffBrowser.signIn("analyst");
        Document empty = Jsoup.parse(analyst.get(FORM + "?lang=fi").asString());
        assertThat(empty.selectFirst("h1").text()).isEqualTo("Uusi asukaskysely");
        assertThat(empty.select("form.survey-form fieldset.survey-question")).hasSize(10);
        assertThat(empty.select("label[for=f-q2-sv]").text()).startsWith("Ruotsiksi");
        int before = openSurveys().getList("id").size();

        Map<String, Object> bad = new HashMap<>();
        bad.put("title-fi", "");
        bad.put("q1-fi", "Pärjään arjessani");
        bad.put("q1-sv", "x".repeat(201));
        Response refused = analyst.submit(FORM + "?lang=fi", "form.survey-form", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("#f-title-fi-error")).isNotNull();
        assertThat(page.selectFirst("#f-q1-sv-error").text()).contains("200");
        assertThat(page.select("#error-summary a[href=#f-q1-sv]").text()).startsWith("Kysymys 1, Ruotsiksi");
        assertThat(page.selectFirst("#f-q1-fi").attr("value")).isEqualTo("Pärjään arjessani");

        Response noQuestion = analyst.submit(FORM + "?lang=fi", "form.survey-form", Map.of("title-fi", "Kysely"));
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noQuestion.asString()).selectFirst("#f-q1-fi-error").text())
                .isEqualTo("Kirjoita vähintään yksi kysymys.");
        assertThat(openSurveys().getList("id")).hasSize(before);

        Response created = analyst.submit(FORM + "?lang=fi", "form.survey-form",
                Map.of("title-fi", "Lomakekysely", "q1-fi", "Pärjään arjessani hyvin", "q3-fi",
                        "Tunnen kuuluvani yhteisöön", "q3-sv", "Jag känner att jag hör till"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/staff/reports/surveys?done=created");
        Document surveys = Jsoup.parse(analyst.get("/staff/reports/surveys?done=created&lang=fi").asString());
        assertThat(surveys.select(".confirmation").text()).isEqualTo("Kysely on luotu ja avoinna vastauksille.");
        JsonPath open = openSurveys();
        assertThat(open.getList("id")).hasSize(before + 1);
        assertThat(open.getList("find { it.title == 'Lomakekysely' }.questions", String.class))
                .containsExactly("Pärjään arjessani hyvin", "Tunnen kuuluvani yhteisöön");
    }

    @Test
    void onlyAnalystsAndCoordinatorsReachTheForm() {
        assertThat(StaffBrowser.signIn("coordinator").get(FORM).statusCode()).isEqualTo(200);
        for (String user : List.of("nurse", "linkperson", "publisher")) {
            assertThat(StaffBrowser.signIn(user).get(FORM).statusCode()).isEqualTo(403);
        }
    }

    private static JsonPath openSurveys() {
        return given().get("/api/v1/surveys?lang=fi").then().statusCode(200).extract().jsonPath();
    }
}
