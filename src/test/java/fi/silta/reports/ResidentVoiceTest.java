package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Residents answer a county's survey and tell what activity is missing without signing in; nothing stored names
 * them; the results by municipality and age band never show a group under five, nor a cell that would give one
 * away.
 */
@QuarkusTest
class ResidentVoiceTest {

    @Inject
    EntityManager entityManager;

    static long survey(String title) {
        return given().auth().oauth2(DemoUsers.accessToken("analyst")).contentType("application/json")
                .body(Map.of("title", Map.of("fi", title, "sv", title + " (sv)"), "questions",
                        List.of(Map.of("fi", "Pärjään arjessani hyvin", "en", "I cope well"),
                                Map.of("fi", "Tunnen kuuluvani yhteisöön"))))
                .post("/api/v1/reports/surveys").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response answer(long survey, String municipality, String band, int first, int second) {
        return given().contentType("application/json")
                .body(Map.of("municipality", municipality, "ageBand", band, "scores", List.of(first, second)))
                .post("/api/v1/surveys/" + survey + "/answers");
    }

    @Test
    void answersWithoutSignInShowOnlyGroupsOfFiveOrMore() {
        long id = survey("Arjessa pärjääminen");
        for (int i = 0; i < 6; i++) {
            answer(id, "272", "FROM_30_TO_49", 4, 5).then().statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            answer(id, "272", "FROM_65_TO_74", 4, 3).then().statusCode(201);
        }
        for (int i = 0; i < 3; i++) {
            answer(id, "217", "FROM_65_TO_74", 2, 2).then().statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            answer(id, "924", "FROM_30_TO_49", 3, 1).then().statusCode(201);
        }

        JsonPath results = given().auth().oauth2(DemoUsers.accessToken("analyst")).queryParam("lang", "fi")
                .get("/api/v1/reports/surveys/" + id + "/results").then().statusCode(200).extract().jsonPath();
        // Columns: under 30, 30-49, 50-64, 65-74, 75 or over, total. Kannus' 3 is a small group; Kokkola's 5 of
        // 65-74 would give it away from that column's total, Veteli's 5 from the total column; then Kokkola's 6 and
        // Veteli's 5 of 30-49 from their rows' totals.
        assertThat(shown(results, "answers", "217")).containsExactly("0", "0", "0", "<5", "0", "<5");
        assertThat(shown(results, "answers", "272")).containsExactly("0", "..", "0", "..", "0", "11");
        assertThat(shown(results, "answers", "924")).containsExactly("0", "..", "0", "0", "0", "..");
        assertThat(shown(results, "answers", "TOTAL")).containsExactly("0", "11", "0", "8", "0", "19");
        assertThat(results.getString("answers.rows.find { it.key == '272' }.label")).isEqualTo("Kokkola");
        // Means: Kokkola's 11 answers, and all 19; the hidden municipalities' means are hidden with them.
        assertThat(shown(results, "scores", "272")).containsExactly("4.0", "4.1");
        assertThat(shown(results, "scores", "217")).containsExactly("<5", "<5");
        assertThat(shown(results, "scores", "924")).containsExactly("..", "..");
        assertThat(shown(results, "scores", "TOTAL")).containsExactly("3.4", "2.9");
        assertThat(results.getList("scores.columns")).containsExactly("Pärjään arjessani hyvin",
                "Tunnen kuuluvani yhteisöön");

        String csv = given().auth().oauth2(DemoUsers.accessToken("coordinator")).accept("text/csv")
                .queryParam("table", "answers").queryParam("lang", "en")
                .get("/api/v1/reports/surveys/" + id + "/results").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).contains("Kannus,0,0,0,<5,0,<5", "Total,0,11,0,8,0,19");
    }

    @Test
    void anAnswerHoldsNothingThatTellsWhoAnsweredAndBadAnswersAre400() {
        long id = survey("Osallisuus");
        answer(id, "272", "UNDER_30", 1, 5).then().statusCode(201);
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'survey_answer' order by 1")
                .getResultList()).stream().map(Object::toString).toList();
        assertThat(columns).containsExactly("age_band", "answered_in", "id", "municipality_code", "survey_id");
        Object month = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select answered_in from survey_answer where survey_id = " + id)
                .getSingleResult());
        assertThat(month.toString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki")).withDayOfMonth(1)
                .toString());

        given().contentType("application/json")
                .body(Map.of("municipality", "272", "ageBand", "UNDER_30", "scores", List.of(3)))
                .post("/api/v1/surveys/" + id + "/answers").then().statusCode(400)
                .body("errors[0].field", equalTo("scores"));
        answer(id, "272", "UNDER_30", 6, 1).then().statusCode(400);
        // Helsinki is not a municipality of the county.
        answer(id, "091", "UNDER_30", 3, 3).then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().contentType("application/json")
                .body(Map.of("municipality", "272", "ageBand", "ANCIENT", "scores", List.of(3, 3)))
                .post("/api/v1/surveys/" + id + "/answers").then().statusCode(400);
        given().get("/api/v1/surveys/" + (id + 1_000_000)).then().statusCode(404);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get("/api/v1/reports/surveys/" + id + "/results")
                .then().statusCode(403);
    }

    @Test
    void aResidentAnswersOnThePublicPageAndIsToldWhatIsMissing() {
        long id = survey("Lomakekysely");
        StaffBrowser resident = StaffBrowser.anonymous();
        Document form = Jsoup.parse(resident.get("/surveys/" + id + "?lang=en").then().statusCode(200).extract()
                .asString());
        assertThat(form.select("fieldset legend").eachText()).containsExactly("Age", "I cope well",
                "Tunnen kuuluvani yhteisöön");
        Response refused = post(resident, "/surveys/" + id, Map.of("municipality", "272", "q1", "3"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.select(".error-summary a").eachAttr("href")).containsExactly("#ageBand", "#q2");
        Response sent = post(resident, "/surveys/" + id,
                Map.of("municipality", "272", "ageBand", "FROM_75", "q1", "3", "q2", "4"));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/surveys/thanks");

        Response wish = post(resident, "/surveys/missing-activity", Map.of("municipality", "584", "need", "MEMORY"));
        assertThat(wish.statusCode()).isEqualTo(303);
        assertThat(post(resident, "/surveys/missing-activity", Map.of("municipality", "584")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void wishesForMissingActivitiesAreCountedWithSmallGroupsHidden() {
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(Map.of("municipality", "074", "need", "FINANCES"))
                    .post("/api/v1/surveys/missing-activities").then().statusCode(201);
        }
        for (int i = 0; i < 6; i++) {
            given().contentType("application/json").body(Map.of("municipality", "421", "need", "DIGITAL_SKILLS"))
                    .post("/api/v1/surveys/missing-activities").then().statusCode(201);
        }
        given().contentType("application/json").body(Map.of("municipality", "421", "need", "SINGING"))
                .post("/api/v1/surveys/missing-activities").then().statusCode(400);
        JsonPath wishes = given().auth().oauth2(DemoUsers.accessToken("analyst")).queryParam("lang", "en")
                .get("/api/v1/reports/wishes").then().statusCode(200).extract().jsonPath();
        List<String> halsua = wishes.getList("rows.find { it.key == '074' }.cells.shown", String.class);
        // Columns: the needs in order (finances the fifth), then the total.
        assertThat(halsua.get(4)).isEqualTo("<5");
        assertThat(halsua.get(halsua.size() - 1)).isEqualTo("<5");
        assertNoLineRevealsAHiddenCell(wishes);
    }

    private static Response post(StaffBrowser browser, String path, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("csrf-token", browser.formToken());
        return browser.post(path, withToken);
    }

    /** Each row and each column of a table with totals hides none or at least two of its cells. */
    static void assertNoLineRevealsAHiddenCell(JsonPath table) {
        List<List<Boolean>> hidden = new ArrayList<>();
        for (int r = 0; r < table.getList("rows").size(); r++) {
            hidden.add(table.getList("rows[" + r + "].cells.hidden", Boolean.class));
        }
        for (List<Boolean> row : hidden) {
            assertThat(row.stream().filter(h -> h).count()).as("hidden cells of a row").isNotEqualTo(1);
        }
        for (int c = 0; c < hidden.get(0).size(); c++) {
            int column = c;
            assertThat(hidden.stream().filter(row -> row.get(column)).count()).as("hidden cells of a column")
                    .isNotEqualTo(1);
        }
    }

    private static List<String> shown(JsonPath report, String table, String row) {
        return report.getList(table + ".rows.find { it.key == '" + row + "' }.cells.shown", String.class);
    }
}
