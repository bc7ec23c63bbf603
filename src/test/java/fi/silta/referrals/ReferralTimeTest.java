package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;

/** Stalled cases are flagged and closed referrals pseudonymised, on a clock the test moves. */
@QuarkusTest
class ReferralTimeTest {

    private static final String API = "/api/v1/referrals";

    @Inject
    ClientRecordsService records;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    private static long assigned(String lastName) {
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(ReferralFlowTest.referral(lastName, true)).post(API).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
        return id;
    }

    private static JsonPath overdue() {
        return given().auth().oauth2(DemoUsers.accessToken("coordinator")).when().get(API + "/overdue").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aCaseWithoutContactAndThenWithoutAttendanceIsFlaggedInTime() {
        long silent = assigned("Hiljainen");
        long contacted = assigned("Tavoitettu");
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + contacted + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(),
                        "note", "Soitettu, sovittu käynti kuorossa"))
                .post(API + "/" + contacted + "/contacts").then().statusCode(201);

        assertThat(overdue().getList("id")).doesNotContain((int) silent, (int) contacted);

        MovableClock.advance(Duration.ofDays(4));
        JsonPath fourDays = overdue();
        assertThat(fourDays.getString("find { it.id == " + silent + " }.reason")).isEqualTo("NO_CONTACT");
        assertThat(fourDays.getList("id")).doesNotContain((int) contacted);

        MovableClock.advance(Duration.ofDays(30));
        assertThat(overdue().getString("find { it.id == " + contacted + " }.reason")).isEqualTo("NO_ATTENDANCE");

        given().auth().oauth2(DemoUsers.accessToken("linkperson")).when().get(API + "/overdue").then()
                .statusCode(403);
    }

    @Test
    void closedReferralsArePseudonymisedAfterTheRetentionPeriodAndTheAccessLogStays() {
        long id = assigned("Poistuva");
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("kind", "MEETING", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(),
                        "note", "Tavattu kirjastossa"))
                .post(API + "/" + id + "/contacts").then().statusCode(201);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "MOVED_AWAY"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        long logged = accessRows(id);
        // A client who gave no consent to statistics: at the end of the retention period nothing is kept.
        Map<String, Object> noStatistics = ReferralFlowTest.referral("Suostumukseton", false);
        noStatistics.put("consents", List.of());
        long unconsented = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(noStatistics).post(API).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("status", "cancelled", "reason", "Asiakas muutti pois")).post(API + "/" + unconsented
                        + "/transitions")
                .then().statusCode(200);

        MovableClock.advance(Duration.ofDays(364));
        records.pseudonymiseClosed();
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + id).then()
                .body("client.lastName", equalTo("Poistuva"));

        MovableClock.advance(Duration.ofDays(2));
        assertThat(records.pseudonymiseClosed().pseudonymised()).isPositive();
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + id).then().statusCode(200)
                .body("client.lastName", equalTo("-")).body("client.identityCode", equalTo(null))
                .body("client.phone", equalTo(null)).body("outcome", equalTo("MOVED_AWAY"))
                .body("needs", hasItem("LONELINESS")).body("history.reason", everyItem(nullValue()));
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + unconsented).then()
                .statusCode(403);
        given().auth().oauth2(linkPerson).when().get(API + "/" + id + "/contacts").then().statusCode(200)
                .body("note", not(hasItem("Tavattu kirjastossa")));
        assertThat(accessRows(id)).isGreaterThan(logged);
    }

    private long accessRows(long id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(a) from ClientAccessRecord a where a.resourceId = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }
}
