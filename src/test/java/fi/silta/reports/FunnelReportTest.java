package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * A known set of referrals, written and worked through the API on a clock the test moves to a month of its own,
 * gives exactly the funnel, durations, outcomes and leaving steps it should, with small groups and the cells that
 * would reveal them hidden. Referrals without the client's consent to statistics, drafts and those entered in
 * error are not counted.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelReportTest {

    private static final String API = "/api/v1/referrals";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String KOKKOLA = "272";
    private static final String KANNUS = "217";

    private String month;
    private String nurse;
    private String coordinator;
    private String linkPerson;
    private Duration elapsed = Duration.ZERO;

    /**
     * Day 0 (mid-month, some thirty years ahead, where no other test writes): 18 referrals are written. Kokkola: 7
     * go the whole path (accepted day 1, first contact day 3, activity agreed day 7, attended day 14, followed up
     * day 28), 3 are accepted and never reached (failed as unreachable on day 14), 2 are never accepted (cancelled
     * by the coordinator on day 14). Kannus: 2 go the whole path but agree on the activity on day 10; 1 declines on
     * day 7 after the first contact. Not counted: a Kokkola client without consent to statistics who attends, a
     * draft, and a referral entered in error.
     */
    @BeforeEach
    void writeAndWorkTheReferralsOnce() {
        // Once for the class, before its first test (the test's HTTP client is ready only then, not before all).
        if (month == null) {
            writeAndWorkTheReferrals();
        }
    }

    private void writeAndWorkTheReferrals() {
        YearMonth target = YearMonth.from(Instant.now().atZone(HELSINKI)).plusYears(30);
        Instant start = target.atDay(14).atTime(9, 0).atZone(HELSINKI).toInstant();
        MovableClock.advance(Duration.between(Instant.now(), start));
        month = target.toString();
        nurse = DemoUsers.accessToken("nurse");
        coordinator = DemoUsers.accessToken("coordinator");
        linkPerson = DemoUsers.accessToken("linkperson");

        List<Long> kokkolaWhole = write(KOKKOLA, 7, true);
        List<Long> unreachable = write(KOKKOLA, 3, true);
        List<Long> neverAccepted = write(KOKKOLA, 2, true);
        List<Long> kannusWhole = write(KANNUS, 2, true);
        List<Long> declined = write(KANNUS, 1, true);
        List<Long> noConsent = write(KOKKOLA, 1, false);
        Map<String, Object> draft = body(KOKKOLA, true);
        draft.put("send", false);
        given().auth().oauth2(nurse).contentType("application/json").body(draft).post(API).then().statusCode(201);
        long inError = write(KOKKOLA, 1, true).get(0);
        move(nurse, inError, Map.of("status", "entered-in-error"));

        List<Long> working = new ArrayList<>();
        working.addAll(kokkolaWhole);
        working.addAll(unreachable);
        working.addAll(kannusWhole);
        working.addAll(declined);
        working.addAll(noConsent);
        working.forEach(id -> given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200));

        day(1);
        working.forEach(id -> move(linkPerson, id, Map.of("status", "accepted")));
        day(3);
        concat(kokkolaWhole, kannusWhole, declined, noConsent).forEach(id -> step(id, "FIRST_CONTACT"));
        day(7);
        concat(kokkolaWhole, noConsent).forEach(id -> step(id, "ACTIVITY_AGREED"));
        declined.forEach(id -> move(linkPerson, id, Map.of("status", "failed", "outcome", "DECLINED")));
        day(10);
        kannusWhole.forEach(id -> step(id, "ACTIVITY_AGREED"));
        day(14);
        concat(kokkolaWhole, kannusWhole, noConsent).forEach(id -> step(id, "ATTENDED"));
        unreachable.forEach(id -> move(linkPerson, id, Map.of("status", "failed", "outcome", "UNREACHABLE")));
        neverAccepted.forEach(id -> move(coordinator, id, Map.of("status", "cancelled")));
        day(28);
        concat(kokkolaWhole, kannusWhole, noConsent).forEach(id -> {
            step(id, "FOLLOW_UP_DONE");
            move(linkPerson, id, Map.of("status", "completed", "outcome", "ATTENDED"));
        });
    }

    @AfterAll
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void theFunnelCountsEachStepByMonthWithConsentedReferralsOnly() {
        JsonPath report = report("month");
        assertThat(report.getList("funnel.columnKeys")).containsExactly("REFERRED", "ACCEPTED", "FIRST_CONTACT",
                "ACTIVITY_AGREED", "ATTENDED", "FOLLOWED_UP");
        assertThat(shown(report, "funnel", month)).containsExactly("15", "13", "10", "9", "9", "9");
        assertThat(shown(report, "funnel", "TOTAL")).containsExactly("15", "13", "10", "9", "9", "9");
        assertThat(report.getString("funnel.rows.find { it.key == '" + month + "' }.label")).isEqualTo(month);
    }

    @Test
    void aTotalThatWouldRevealASmallMunicipalityHidesTheOtherMunicipalityToo() {
        JsonPath report = report("municipality");
        // Kannus' 3, 3, 3, 2, 2, 2 are small groups; Kokkola's 12, 10, 7, 7, 7, 7 would give them away as the total
        // minus Kokkola, so they are withheld; the totals stay.
        assertThat(shown(report, "funnel", KANNUS)).containsOnly("<5");
        assertThat(shown(report, "funnel", KOKKOLA)).containsOnly("..");
        assertThat(shown(report, "funnel", "TOTAL")).containsExactly("15", "13", "10", "9", "9", "9");
        assertThat(report.getString("funnel.rows.find { it.key == '" + KANNUS + "' }.label")).isEqualTo("Kannus");

        // Outcomes: attended, declined, unreachable, no suitable activity, moved away, other, cancelled, rejected,
        // open, total. Kannus attended 2 would be 9 - 7, Kannus' total 3 would be 15 - 12: 7 and 12 are withheld.
        assertThat(shown(report, "outcomes", KANNUS)).containsExactly("<5", "<5", "0", "0", "0", "0", "0", "0", "0",
                "<5");
        assertThat(shown(report, "outcomes", KOKKOLA)).containsExactly("..", "0", "<5", "0", "0", "0", "<5", "0",
                "0", "..");
        assertThat(shown(report, "outcomes", "TOTAL")).containsExactly("9", "<5", "<5", "0", "0", "0", "<5", "0", "0",
                "15");

        // Where those who left the path left it: never accepted, accepted, first contact, activity agreed, total.
        assertThat(shown(report, "leaving", KANNUS)).containsExactly("0", "0", "<5", "0", "<5");
        assertThat(shown(report, "leaving", KOKKOLA)).containsExactly("<5", "<5", "0", "0", "..");
        assertThat(shown(report, "leaving", "TOTAL")).containsExactly("<5", "<5", "<5", "0", "6");
    }

    @Test
    void hiddenValuesAreNotInTheAnswerAtAll() {
        JsonPath report = report("municipality");
        assertThat(report.getList("outcomes.rows.find { it.key == '" + KOKKOLA + "' }.cells.value")).containsExactly(
                null, 0, null, 0, 0, 0, null, 0, 0, null);
        assertThat(report.getList("outcomes.rows.find { it.key == 'TOTAL' }.cells.value")).containsExactly(9, null,
                null, 0, 0, 0, null, 0, 0, 15);
    }

    @Test
    void stepsTakeTheirMedianDays() {
        JsonPath report = report("month");
        // Accepted a day after the referral (13); first contact two days after (10); the activity agreed 4 days
        // after the first contact in Kokkola (7) and 7 in Kannus (2): median 4; attended 7 days after agreeing in
        // Kokkola, 4 in Kannus: median 7; followed up two weeks after (9); the whole path two weeks.
        Map<String, List<String>> expected = Map.of("REFERRED-ACCEPTED", List.of("13", "1.0"),
                "ACCEPTED-FIRST_CONTACT", List.of("10", "2.0"), "FIRST_CONTACT-ACTIVITY_AGREED", List.of("9", "4.0"),
                "ACTIVITY_AGREED-ATTENDED", List.of("9", "7.0"), "ATTENDED-FOLLOWED_UP", List.of("9", "14.0"),
                "REFERRED-ATTENDED", List.of("9", "14.0"));
        expected.forEach((key, cells) -> assertThat(shown(report, "durations", key)).as(key).isEqualTo(cells));
    }

    @Test
    void referralsWithSeveralNeedsCountInEachNeedsRow() {
        // Each referral names loneliness and physical activity, so both rows carry the whole 15: the rows of needs
        // overlap and do not add up to the total, which counts each referral once.
        JsonPath report = report("need");
        assertThat(shown(report, "funnel", "LONELINESS")).containsExactly("15", "13", "10", "9", "9", "9");
        assertThat(shown(report, "funnel", "MEMORY")).containsOnly("0");
        assertThat(shown(report, "funnel", "PHYSICAL_ACTIVITY")).containsExactly("15", "13", "10", "9", "9", "9");
        assertThat(shown(report, "funnel", "TOTAL")).containsExactly("15", "13", "10", "9", "9", "9");
    }

    @Test
    void everyTableComesAsCsvForTextCsv() {
        String csv = given().auth().oauth2(DemoUsers.accessToken("analyst")).accept("text/csv")
                .queryParam("from", month).queryParam("to", month).queryParam("by", "municipality")
                .queryParam("table", "outcomes").queryParam("lang", "en").get("/api/v1/reports/funnel").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "municipality,attended,declined,unreachable,no suitable activity,moved away,other,cancelled,rejected,"
                        + "open,Total",
                "Kannus,<5,<5,0,0,0,0,0,0,0,<5", "Kokkola,..,0,<5,0,0,0,<5,0,0,..", "Total,9,<5,<5,0,0,0,<5,0,0,15");
        for (String table : List.of("funnel", "durations", "leaving")) {
            given().auth().oauth2(DemoUsers.accessToken("coordinator")).accept("text/csv").queryParam("from", month)
                    .queryParam("to", month).queryParam("table", table).get("/api/v1/reports/funnel").then()
                    .statusCode(200);
        }
    }

    @Test
    void aBadPeriodOrSplitAnswers400NamingIt() {
        String analyst = DemoUsers.accessToken("analyst");
        given().auth().oauth2(analyst).queryParam("from", "2027-13").get("/api/v1/reports/funnel").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(analyst).queryParam("by", "nurse").get("/api/v1/reports/funnel").then().statusCode(400)
                .body("errors[0].field", equalTo("by"));
        given().auth().oauth2(analyst).queryParam("from", "2027-05").queryParam("to", "2027-04")
                .get("/api/v1/reports/funnel").then().statusCode(400);
    }

    @Test
    void thePageShowsEachChartWithATitleADescriptionAndItsFiguresInATable() {
        for (String lang : List.of("fi", "sv", "en")) {
            StaffBrowser analyst = StaffBrowser.signIn("analyst");
            Document page = Jsoup.parse(analyst.get("/staff/reports?lang=" + lang + "&from=" + month + "&to=" + month
                    + "&by=MUNICIPALITY").then().statusCode(200).extract().asString());
            Elements charts = page.select("figure.report-chart");
            assertThat(charts).hasSize(3);
            for (Element chart : charts) {
                Element svg = chart.selectFirst("svg[role=img]");
                assertThat(svg).isNotNull();
                String id = svg.attr("aria-labelledby");
                assertThat(svg.selectFirst("title").id()).isEqualTo(id);
                assertThat(svg.selectFirst("title").text()).isNotBlank();
                assertThat(svg.selectFirst("desc").id()).isEqualTo(svg.attr("aria-describedby"));
                assertThat(chart.select("table caption").text()).contains(svg.selectFirst("title").text());
            }
            Element funnelChart = page.getElementById("chart-funnel-figure");
            assertThat(funnelChart.select("tbody td").eachText()).containsExactly("15", "13", "10", "9", "9", "9");
            assertThat(funnelChart.select("desc").text()).contains("15").contains("9");
            // The outcome table as on the API, with the withheld cells.
            Element outcomes = page.selectFirst("#table-outcomes");
            assertThat(outcomes.select("tbody tr").get(1).select("td").eachText()).containsExactly("..", "0", "<5",
                    "0", "0", "0", "<5", "0", "0", "..");
            assertThat(page.select("a[href*='funnel.csv']")).hasSize(4);
            assertThat(page.select("nav.staff-bar a[href='/staff/reports']")).hasSize(1);
        }
        StaffBrowser analyst = StaffBrowser.signIn("analyst");
        assertThat(analyst.get("/staff/reports?lang=en&from=" + month + "&to=" + month + "&by=MUNICIPALITY")
                .asString()).contains("The referral funnel").contains("Referrals by month");
        String csv = analyst.get("/staff/reports/funnel.csv?lang=en&table=leaving&by=MUNICIPALITY&from=" + month
                + "&to=" + month).then().statusCode(200).header("Content-Disposition", startsWith("attachment"))
                .extract().asString();
        assertThat(csv).contains("Kokkola,<5,<5,0,0,..");
        analyst.get("/staff/reports?from=2027-13").then().statusCode(400);
    }

    private JsonPath report(String by) {
        return given().auth().oauth2(DemoUsers.accessToken("analyst")).queryParam("from", month)
                .queryParam("to", month).queryParam("by", by).queryParam("lang", "fi").get("/api/v1/reports/funnel")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> shown(JsonPath report, String table, String row) {
        return report.getList(table + ".rows.find { it.key == '" + row + "' }.cells.shown", String.class);
    }

    /** Moves the clock to the given day after the referrals were written. */
    private void day(int day) {
        MovableClock.advance(Duration.ofDays(day).minus(elapsed));
        elapsed = Duration.ofDays(day);
    }

    @SafeVarargs
    private static List<Long> concat(List<Long>... lists) {
        List<Long> all = new ArrayList<>();
        for (List<Long> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private List<Long> write(String municipality, int count, boolean statistics) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given().auth().oauth2(nurse).contentType("application/json").body(body(municipality, statistics))
                    .post(API).then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return ids;
    }

    private static Map<String, Object> body(String municipality, boolean statistics) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", Map.of("firstName", "Aino", "lastName", "Tilasto", "language", "fi"));
        body.put("municipality", municipality);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS", "PHYSICAL_ACTIVITY"));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin liikkeelle");
        body.put("consents", statistics
                ? List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                        Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true))
                : List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                        Map.of("recipient", "ANONYMOUS_STATISTICS", "given", false)));
        return body;
    }

    private void move(String token, long id, Map<String, Object> body) {
        given().auth().oauth2(token).contentType("application/json").body(body).post(API + "/" + id + "/transitions")
                .then().statusCode(200);
    }

    private void step(long id, String step) {
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("step", step))
                .post(API + "/" + id + "/steps").then().statusCode(200);
    }
}
