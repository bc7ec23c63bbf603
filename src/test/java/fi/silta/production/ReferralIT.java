package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The referral loop in a deployment: a nurse writes a referral, a coordinator assigns it, the link-person is told
 * by mail (a link, no client data), accepts, records the first contact and the attendance and closes the case,
 * and the nurse sees the outcome. Nothing the nurse typed about the client reaches the log.
 */
class ReferralIT {

    private static ProductionStack stack;

    @BeforeAll
    static void deployed() {
        stack = ProductionStack.get().restAssured();
    }

    @Test
    void aReferralIsFollowedToAttendance() {
        String nurse = stack.accessToken("nurse");
        String coordinator = stack.accessToken("coordinator");
        String linkPerson = stack.accessToken("linkperson");
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Tuotantotesti");
        client.put("identityCode", "131052-308T");
        client.put("phone", "+358 40 765 4321");
        client.put("language", "fi");
        Map<String, Object> referral = new HashMap<>();
        referral.put("client", client);
        referral.put("municipality", "272");
        referral.put("context", "SENIOR_CLINIC");
        referral.put("needs", List.of("LONELINESS"));
        referral.put("interests", "kuorolaulu ja kävelyt");
        referral.put("linkPersonNeeded", true);
        referral.put("linkPersonReason", "Ei lähde yksin uuteen paikkaan");
        referral.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        referral.put("unit", "Kokkolan seniorineuvola");
        long id = given().auth().oauth2(nurse).contentType("application/json").body(referral).when()
                .post("/api/v1/referrals").then().statusCode(201).body("status", equalTo("requested")).extract()
                .jsonPath().getLong("id");

        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .when().post("/api/v1/referrals/" + id + "/assignment").then().statusCode(200);
        move(linkPerson, id, Map.of("status", "accepted"));
        step(linkPerson, id, "FIRST_CONTACT");
        step(linkPerson, id, "ATTENDED");
        move(linkPerson, id, Map.of("status", "completed", "outcome", "ATTENDED"));

        given().auth().oauth2(nurse).when().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("completed")).body("outcome", equalTo("ATTENDED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> stack.mail().stream()
                .anyMatch(message -> message.contains("/staff/referrals/" + id)));
        assertThat(stack.mail()).noneMatch(message -> message.contains("Tuotantotesti"));
        assertThat(stack.siltaLog()).doesNotContain("Tuotantotesti", "131052-308T", "765 4321", "kuorolaulu",
                "Ei lähde yksin");
    }

    private static void move(String token, long id, Map<String, Object> body) {
        given().auth().oauth2(token).contentType("application/json").body(body).when()
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
    }

    private static void step(String token, long id, String step) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("step", step)).when()
                .post("/api/v1/referrals/" + id + "/steps").then().statusCode(200);
    }
}
