package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CapturedLog;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A referral that passes every declared rule but that the database still refuses (here a check the schema's owner
 * adds for the test, standing for any constraint the rules do not know of) fails with 500 and an error id; the
 * driver's and the ORM's error lines, and the application's own, name the statement's kind and SQL state but none
 * of the values: not the client's name, code, phone, interests or the link-person reason, nor the nurse's unit.
 */
@QuarkusTest
class ConstraintFailureStaysOutOfLogsTest {

    private static final String UNIT = "Vuotoyksikkö 4711";
    private static final List<String> SUBMITTED = List.of(UNIT, "Lokivuotaja", "Vuotavainen", "131052-308T",
            "+358 40 765 4321", "vuotava@example.org", "VUOTO-KIINNOSTUS kuorolaulu", "VUOTO-SYY ei lähde yksin");

    @BeforeEach
    void theDatabaseRefusesTheUnit() throws SQLException {
        asOwner("ALTER TABLE referral ADD CONSTRAINT test_refused_unit CHECK (unit IS DISTINCT FROM '" + UNIT + "')");
    }

    @AfterEach
    void removeTheCheck() throws SQLException {
        asOwner("ALTER TABLE referral DROP CONSTRAINT IF EXISTS test_refused_unit");
    }

    @Test
    void aRefusedInsertLogsNoSubmittedValue() {
        try (CapturedLog log = CapturedLog.start()) {
            Response api = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                    .body(referral()).post("/api/v1/referrals");
            assertThat(api.statusCode()).as(api.asString()).isEqualTo(500);
            assertThat(api.asString()).contains("error id").doesNotContain(UNIT).doesNotContain("Lokivuotaja");

            StaffBrowser nurse = StaffBrowser.signIn("nurse");
            nurse.get("/staff/referrals/new");
            Map<String, String> form = new HashMap<>();
            form.put("csrf-token", nurse.formToken());
            form.put("client.firstName", "Lokivuotaja");
            form.put("client.lastName", "Vuotavainen");
            form.put("client.identityCode", "131052-308T");
            form.put("client.phone", "+358 40 765 4321");
            form.put("client.email", "vuotava@example.org");
            form.put("client.language", "fi");
            form.put("municipality", "272");
            form.put("context", "SENIOR_CLINIC");
            form.put("needs", "LONELINESS");
            form.put("interests", "VUOTO-KIINNOSTUS kuorolaulu");
            form.put("linkPersonNeeded", "true");
            form.put("linkPersonReason", "VUOTO-SYY ei lähde yksin");
            form.put("consents", "LINK_PERSON");
            form.put("unit", UNIT);
            Response page = nurse.post("/staff/referrals", form);
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.asString()).doesNotContain(UNIT);

            assertThat(log.lines()).as("the failure is logged").anyMatch(line -> line.contains("error id"));
            assertThat(log.lines()).as("with the SQL state of a check violation")
                    .anyMatch(line -> line.contains("23514"));
            for (String value : SUBMITTED) {
                assertThat(log.containing(value)).as(value).isEmpty();
            }
        }
    }

    private static Map<String, Object> referral() {
        Map<String, Object> body = ReferralFlowTest.referral("Vuotavainen", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("firstName", "Lokivuotaja");
        client.put("phone", "+358 40 765 4321");
        client.put("email", "vuotava@example.org");
        body.put("interests", "VUOTO-KIINNOSTUS kuorolaulu");
        body.put("linkPersonReason", "VUOTO-SYY ei lähde yksin");
        body.put("unit", UNIT);
        return body;
    }

    /** Runs a statement as the role that owns the schema, as a migration would. */
    static void asOwner(String statement) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
