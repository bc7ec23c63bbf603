package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.CapturedLog;
import fi.silta.testsupport.DemoUsers;

/**
 * The client's wellbeing self-report on a referral: the link-person records WHO-5 and UCLA-3 at the start and at
 * follow-up; the scores are worked out; the answers are stored encrypted; those who may not read the case are
 * refused; bad answers get 400 naming the field without repeating the answer; no answer reaches a log line.
 */
@QuarkusTest
class WellbeingSelfReportTest {

    private static final String API = "/api/v1/referrals";

    @Test
    void theLinkPersonRecordsBothRoundsAndTheScoresAreWorkedOut() throws SQLException {
        long id = assignedCase("Hyvinvointi");
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(answers("START", List.of(1, 2, 0, 3, 2), List.of(3, 2, 3))).post(path(id)).then()
                .statusCode(200).body("who5Raw", equalTo(8)).body("who5Percent", equalTo(32))
                .body("ucla3Score", equalTo(8));
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(answers("FOLLOW_UP", List.of(3, 3, 2, 4, 3), List.of(2, 1, 2))).post(path(id)).then()
                .statusCode(200).body("who5Raw", equalTo(15)).body("who5Percent", equalTo(60));
        // A second answer to a round replaces the first.
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(answers("FOLLOW_UP", List.of(3, 3, 3, 4, 3), List.of(2, 1, 1))).post(path(id)).then()
                .statusCode(200);

        given().auth().oauth2(DemoUsers.accessToken("nurse")).get(path(id)).then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].round", equalTo("START")).body("[0].who5", equalTo(
                        List.of(1, 2, 0, 3, 2)))
                .body("[1].round", equalTo("FOLLOW_UP")).body("[1].who5Raw", equalTo(16))
                .body("[1].ucla3Score", equalTo(4)).body("[1].recordedBy", equalTo("linkperson"));

        List<String> stored = column("SELECT answers FROM wellbeing_answer WHERE referral_id = ?", id);
        assertThat(stored).hasSize(2).allSatisfy(value -> assertThat(value).startsWith("v2:1:")
                .doesNotContain("1,2,0,3,2").doesNotContain("3,3,3,4,3"));
        assertThat(column("SELECT operation FROM client_access WHERE resource_id = ? AND resource_type = 'referral'", id))
                .contains("wellbeing-answer", "wellbeing");
    }

    @Test
    void whoMayNotReadTheCaseIsRefused() {
        long id = assignedCase("Kielletty");
        given().auth().oauth2(DemoUsers.accessToken("linkperson2")).get(path(id)).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("nurse3")).get(path(id)).then().statusCode(403);
        // Another coordinator of the county sees the case, not what the client told.
        given().auth().oauth2(DemoUsers.accessToken("coordinator2")).get(path(id)).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("analyst")).get(path(id)).then().statusCode(403);
        // Only whoever works the case records answers.
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(answers("START", List.of(1, 2, 0, 3, 2), List.of(3, 2, 3))).post(path(id)).then()
                .statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("linkperson2")).contentType("application/json")
                .body(answers("START", List.of(1, 2, 0, 3, 2), List.of(3, 2, 3))).post(path(id)).then()
                .statusCode(403);
    }

    @Test
    void badAnswersGet400NamingTheFieldAndNoAnswerReachesALogOrAnErrorBody() {
        long id = assignedCase("Virheellinen");
        String linkPerson = DemoUsers.accessToken("linkperson");
        try (CapturedLog log = CapturedLog.start()) {
            String body = given().auth().oauth2(linkPerson).contentType("application/json")
                    .body(answers("START", List.of(1, 2, 47, 3, 2), List.of(3, 2, 3))).post(path(id)).then()
                    .statusCode(400).body("errors.field", hasItem(containsString("who5")))
                    .extract().asString();
            assertThat(body.replace("/referrals/" + id + "/", "/")).doesNotContain("47");
            given().auth().oauth2(linkPerson).contentType("application/json")
                    .body(answers("START", List.of(1, 2, 3, 2), List.of(3, 2, 3))).post(path(id)).then()
                    .statusCode(400);
            String lonely = given().auth().oauth2(linkPerson).contentType("application/json")
                    .body(answers("START", List.of(1, 2, 3, 2, 5), List.of(3, 0, 38))).post(path(id)).then()
                    .statusCode(400).extract().asString();
            // The address of the case names its number; the refused answer itself is nowhere.
            assertThat(lonely.replace("/referrals/" + id + "/", "/")).doesNotContain("38");
            given().auth().oauth2(linkPerson).contentType("application/json")
                    .body(Map.of("round", "LATER", "who5", List.of(1, 2, 3, 2, 5), "ucla3", List.of(3, 2, 1)))
                    .post(path(id)).then().statusCode(400);
            given().auth().oauth2(linkPerson).contentType("application/json")
                    .body(answers("START", List.of(4, 4, 4, 4, 4), List.of(3, 3, 3))).post(path(id)).then()
                    .statusCode(200);
            assertThat(log.lines()).noneMatch(line -> line.contains("47") || line.contains("38")
                    || line.contains("4, 4, 4, 4, 4") || line.contains("4,4,4,4,4"));
        }
        given().auth().oauth2(linkPerson).get(path(id)).then().statusCode(200).body("size()", equalTo(1));
    }

    static Map<String, Object> answers(String round, List<Integer> who5, List<Integer> ucla3) {
        return Map.of("round", round, "who5", who5, "ucla3", ucla3);
    }

    private static String path(long id) {
        return API + "/" + id + "/wellbeing";
    }

    /** A referral sent by the nurse and assigned by the coordinator to the link-person. */
    static long assignedCase(String lastName) {
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(ReferralFlowTest.referral(lastName, true)).post(API).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
        return id;
    }

    private static List<String> column(String sql, long id) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
