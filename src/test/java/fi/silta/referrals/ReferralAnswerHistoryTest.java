package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;

/**
 * The answer to each change carries the referral's whole history, in order, with the event the change wrote: the
 * same history that reading the referral afterwards gives.
 */
@QuarkusTest
class ReferralAnswerHistoryTest {

    private static final String API = "/api/v1/referrals";

    @Test
    void everyAnswerCarriesTheHistoryAsItIsStored() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        String linkPerson = DemoUsers.accessToken("linkperson");
        JsonPath created = given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Historia", true)).when().post(API).then().statusCode(201).extract()
                .jsonPath();
        long id = created.getLong("id");
        assertThat(created.getList("history.kind")).containsExactly("CREATED");
        assertSameAsStored(created, nurse, id, 1);

        JsonPath assigned = given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).when().post(API + "/" + id + "/assignment").then()
                .statusCode(200).extract().jsonPath();
        assertThat(assigned.getList("history.kind")).containsExactly("CREATED", "ASSIGNED");
        assertThat(assigned.getList("history.detail")).containsExactly(null, "linkperson");
        assertSameAsStored(assigned, coordinator, id, 2);

        int events = 2;
        for (String status : List.of("accepted", "in-progress", "completed")) {
            Map<String, Object> body = new HashMap<>();
            body.put("status", status);
            body.put("outcome", status.equals("completed") ? "ATTENDED" : null);
            body.put("reason", "syy " + status);
            JsonPath moved = given().auth().oauth2(linkPerson).contentType("application/json").body(body).when()
                    .post(API + "/" + id + "/transitions").then().statusCode(200).extract().jsonPath();
            events++;
            assertThat(moved.getString("history[" + (events - 1) + "].to")).isEqualTo(status);
            assertThat(moved.getString("history[" + (events - 1) + "].reason")).isEqualTo("syy " + status);
            assertThat(moved.getString("history[" + (events - 1) + "].actor")).isEqualTo("linkperson");
            assertSameAsStored(moved, linkPerson, id, events);
        }
    }

    /** The answer's history, event by event, is what a later read of the referral gives. */
    private static void assertSameAsStored(JsonPath answer, String token, long id, int events) {
        JsonPath read = given().auth().oauth2(token).when().get(API + "/" + id).then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> answered = answer.getList("history");
        List<Map<String, Object>> stored = read.getList("history");
        assertThat(answered).hasSize(events).hasSameSizeAs(stored);
        for (int i = 0; i < events; i++) {
            Map<String, Object> a = new HashMap<>(answered.get(i));
            Map<String, Object> s = new HashMap<>(stored.get(i));
            // (The database keeps microseconds.)
            assertThat(Instant.parse((String) a.remove("at"))).isCloseTo(Instant.parse((String) s.remove("at")),
                    within(1, ChronoUnit.MICROS));
            assertThat(a).as("event %d", i).isEqualTo(s);
        }
    }
}
