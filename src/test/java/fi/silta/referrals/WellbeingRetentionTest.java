package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;

/**
 * When a closed referral's retention period ends, its self-report follows the statistics consent: with consent the
 * rounds keep their two scores only (the item answers, who recorded them and when, and the one-time links go) and
 * the change report reads the same figures as before; without consent the answers and links are erased with the
 * referral.
 */
@QuarkusTest
class WellbeingRetentionTest {

    private static final String API = "/api/v1/referrals";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    ClientRecordsService records;

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void aPseudonymisedReferralKeepsTheScoresOfItsRoundsAndNothingThatTiesThemToTheClient() throws SQLException {
        YearMonth target = YearMonth.from(Instant.now().atZone(HELSINKI)).plusYears(45);
        MovableClock.advance(Duration.between(Instant.now(),
                target.atDay(5).atTime(10, 0).atZone(HELSINKI).toInstant()));
        String month = target.toString();
        List<Long> consented = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = WellbeingSelfReportTest.assignedCase("Säilytys");
            answer(id, "START", List.of(1, 2, 1, 2, 1 + i % 2), List.of(3, 3, 2));
            answer(id, "FOLLOW_UP", List.of(3, 3, 2, 4, 3), List.of(2, 1, 2));
            link(id);
            close(id);
            consented.add(id);
        }
        Map<String, Object> withoutConsent = ReferralFlowTest.referral("Poistettava", true);
        withoutConsent.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        long erased = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(withoutConsent).post(API).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + erased + "/assignment").then()
                .statusCode(200);
        answer(erased, "START", List.of(2, 2, 2, 2, 2), List.of(2, 2, 2));
        link(erased);
        close(erased);
        String before = report(month);

        MovableClock.advance(Duration.ofDays(400));
        records.pseudonymiseClosed();

        long first = consented.get(0);
        List<List<String>> rows = rows("SELECT round, answers, recorded_by, recorded_at, who5_raw, ucla3_score "
                + "FROM wellbeing_answer WHERE referral_id = ? ORDER BY round DESC", first);
        assertThat(rows).containsExactly(List.of("START", "null", "null", "null", "7", "8"),
                List.of("FOLLOW_UP", "null", "null", "null", "15", "5"));
        for (long id : consented) {
            assertThat(rows("SELECT answers FROM wellbeing_answer WHERE referral_id = ? AND answers IS NOT NULL", id))
                    .isEmpty();
            assertThat(rows("SELECT id FROM wellbeing_link WHERE referral_id = ?", id)).isEmpty();
        }
        assertThat(rows("SELECT id FROM wellbeing_answer WHERE referral_id = ?", erased)).isEmpty();
        assertThat(rows("SELECT id FROM wellbeing_link WHERE referral_id = ?", erased)).isEmpty();

        // The change report reads the same figures from the scores kept.
        assertThat(report(month)).isEqualTo(before).contains("\"5\"");
        // Those who still read the case see the scores, not the items.
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get(API + "/" + first + "/wellbeing").then()
                .statusCode(200).body("[0].who5Raw", equalTo(7))
                .body("[0].who5", empty());
    }

    private static void answer(long id, String round, List<Integer> who5, List<Integer> ucla3) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(WellbeingSelfReportTest.answers(round, who5, ucla3)).post(API + "/" + id + "/wellbeing").then()
                .statusCode(200);
    }

    private static void link(long id) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("round", "FOLLOW_UP")).post(API + "/" + id + "/wellbeing/links").then().statusCode(201);
    }

    private static void close(long id) {
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "MOVED_AWAY")).post(API + "/" + id + "/transitions")
                .then().statusCode(200);
    }

    private static String report(String month) {
        return given().auth().oauth2(DemoUsers.accessToken("analyst"))
                .get("/api/v1/reports/wellbeing?from=" + month + "&to=" + month).then().statusCode(200).extract()
                .asString();
    }

    private static List<List<String>> rows(String sql, long id) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            List<List<String>> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(String.valueOf(result.getString(c)));
                    }
                    values.add(row);
                }
            }
            return values;
        }
    }
}
