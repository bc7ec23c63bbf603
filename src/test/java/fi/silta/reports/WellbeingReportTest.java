package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * A known set of self-reports, answered on a clock moved to a month of its own, gives exactly the change per
 * municipality it should: Kokkola's six pairs with their means, Kannus' two hidden as a small group and Veteli's
 * five hidden so that the total does not reveal Kannus; a referral without statistics consent and one answered only
 * at the start are not counted.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WellbeingReportTest {

    private static final String API = "/api/v1/referrals";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private String month;

    /**
     * Everyone starts at WHO-5 raw 10 (40 %) and UCLA-3 9. Kokkola's follow-ups: WHO-5 raw 12, 14, 10, 16, 13, 11
     * (+8, +16, 0, +24, +12, +4 points: mean 10.7) and UCLA-3 6, 6, 6, 7, 8, 9 (mean -2.0). Kannus: raw 20 and
     * UCLA-3 3 twice (+40, -6). Veteli: no change five times. All: +144 / 13 = 11.1 points, -24 / 13 = -1.8.
     */
    @BeforeEach
    void answerOnce() {
        if (month != null) {
            return;
        }
        YearMonth target = YearMonth.from(Instant.now().atZone(HELSINKI)).plusYears(35);
        MovableClock.advance(Duration.between(Instant.now(), target.atDay(10).atTime(9, 0).atZone(HELSINKI)
                .toInstant()));
        month = target.toString();
        int[][] kokkola = { { 12, 6 }, { 14, 6 }, { 10, 6 }, { 16, 7 }, { 13, 8 }, { 11, 9 } };
        for (int[] followUp : kokkola) {
            answered("272", true, followUp[0], followUp[1]);
        }
        answered("217", true, 20, 3);
        answered("217", true, 20, 3);
        for (int i = 0; i < 5; i++) {
            answered("924", true, 10, 9);
        }
        answered("272", false, 25, 3);
        long startOnly = assigned("272", true);
        answer(startOnly, "START", 10, 9);
    }

    @AfterAll
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void theChangePerMunicipalityWithSmallGroupsHidden() {
        given().auth().oauth2(DemoUsers.accessToken("analyst")).queryParam("from", month).queryParam("to", month)
                .queryParam("lang", "en").get("/api/v1/reports/wellbeing").then().statusCode(200)
                .body("pairs.rows.key", equalTo(List.of("217", "272", "924", "TOTAL")))
                .body("pairs.rows.label", equalTo(List.of("Kannus", "Kokkola", "Veteli", "Total")))
                .body("pairs.rows.cells[0].shown", equalTo(List.of("<5")))
                .body("pairs.rows.cells[0].value", equalTo(Arrays.asList((Object) null)))
                .body("pairs.rows.cells[1].shown", equalTo(List.of("6")))
                .body("pairs.rows.cells[2].shown", equalTo(List.of("..")))
                .body("pairs.rows.cells[3].shown", equalTo(List.of("13")))
                .body("change.columnKeys", equalTo(List.of("WHO5", "UCLA3")))
                .body("change.rows[0].cells.shown", equalTo(List.of("<5", "<5")))
                .body("change.rows[0].cells[0].value", nullValue())
                .body("change.rows[1].cells.shown", equalTo(List.of("10.7", "-2.0")))
                .body("change.rows[2].cells.shown", equalTo(List.of("..", "..")))
                .body("change.rows[3].cells.shown", equalTo(List.of("11.1", "-1.8")));
    }

    @Test
    void theCsvShowsTheSameFiguresAndOnlyReportReadersGetIt() {
        String csv = given().auth().oauth2(DemoUsers.accessToken("coordinator")).accept("text/csv")
                .queryParam("from", month).queryParam("to", month).queryParam("lang", "en")
                .get("/api/v1/reports/wellbeing").then().statusCode(200).contentType(startsWith("text/csv")).extract()
                .asString();
        assertThat(csv).contains("Kokkola,10.7,-2.0").contains("Kannus,<5,<5").contains("Veteli,..,..")
                .contains("Total,11.1,-1.8");
        String pairs = given().auth().oauth2(DemoUsers.accessToken("analyst")).accept("text/csv")
                .queryParam("from", month).queryParam("to", month).queryParam("lang", "en").queryParam("table",
                        "pairs")
                .get("/api/v1/reports/wellbeing").then().statusCode(200).extract().asString();
        assertThat(pairs).contains("Kokkola,6").contains("Kannus,<5").contains("Veteli,..").contains("Total,13");
        given().auth().oauth2(DemoUsers.accessToken("analyst")).accept("text/csv").queryParam("table", "nope")
                .get("/api/v1/reports/wellbeing").then().statusCode(400);
        for (String user : List.of("nurse", "linkperson", "publisher")) {
            given().auth().oauth2(DemoUsers.accessToken(user)).get("/api/v1/reports/wellbeing").then()
                    .statusCode(403);
        }
    }

    @Test
    void theReportsPageShowsBothTablesWithTheirCsv() {
        for (String lang : List.of("fi", "sv", "en")) {
            StaffBrowser analyst = StaffBrowser.signIn("analyst");
            Document page = Jsoup.parse(analyst.get("/staff/reports?lang=" + lang + "&from=" + month + "&to=" + month)
                    .then().statusCode(200).extract().asString());
            Element change = page.selectFirst("#table-wellbeing-change");
            assertThat(change.select("caption").text()).isNotBlank();
            assertThat(change.select("tbody tr").eachText()).hasSize(4);
            assertThat(change.select("tbody tr").get(1).select("td").eachText()).containsExactly("10.7", "-2.0");
            assertThat(change.select("tbody tr").get(0).select("td").eachText()).containsExactly("<5", "<5");
            assertThat(page.selectFirst("#table-wellbeing-pairs").select("td").eachText()).containsExactly("<5", "6",
                    "..", "13");
            assertThat(page.select("a[href*='wellbeing.csv']")).hasSize(2);
        }
        StaffBrowser analyst = StaffBrowser.signIn("analyst");
        assertThat(analyst.get("/staff/reports/wellbeing.csv?lang=en&from=" + month + "&to=" + month
                + "&table=change").then().statusCode(200).extract().asString()).contains("Kokkola,10.7,-2.0");
    }

    private void answered(String municipality, boolean statistics, int followUpWho5, int followUpUcla3) {
        long id = assigned(municipality, statistics);
        answer(id, "START", 10, 9);
        answer(id, "FOLLOW_UP", followUpWho5, followUpUcla3);
    }

    private static long assigned(String municipality, boolean statistics) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Mittari");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", municipality);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", statistics
                ? List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                        Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true))
                : List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        body.put("unit", "Kokkolan seniorineuvola");
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
        return id;
    }

    /** Answers whose WHO-5 items add up to {@code who5} and UCLA-3 items to {@code ucla3}. */
    private static void answer(long id, String round, int who5, int ucla3) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("round", round, "who5", spread(who5, 5, 0, 5), "ucla3", spread(ucla3, 3, 1, 3)))
                .post(API + "/" + id + "/wellbeing").then().statusCode(200);
    }

    private static List<Integer> spread(int sum, int items, int lowest, int highest) {
        Integer[] values = new Integer[items];
        int left = sum;
        for (int i = 0; i < items; i++) {
            int rest = items - i - 1;
            values[i] = Math.max(lowest, Math.min(highest, left - rest * lowest));
            left -= values[i];
        }
        assertThat(left).isZero();
        return List.of(values);
    }
}
