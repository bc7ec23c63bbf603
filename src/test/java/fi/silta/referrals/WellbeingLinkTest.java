package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;

/**
 * The client answers the self-report through a one-time link made by the link-person: without signing in, once,
 * until the link expires (14 days); the link names nobody, and only whoever works the case makes one.
 */
@QuarkusTest
class WellbeingLinkTest {

    private static final Map<String, Object> ANSWERS = Map.of("who5", List.of(2, 3, 3, 1, 2), "ucla3",
            List.of(2, 2, 3));

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void aLinkTakesOneAnswerWithoutSigningIn() {
        long id = WellbeingSelfReportTest.assignedCase("Linkki");
        String url = link(id, "START");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(url).contains("/wellbeing/").doesNotContain("Linkki").doesNotContain("Aino")
                .doesNotContain("131052").doesNotContain(Long.toString(id) + "/");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        given().contentType("application/json").body(Map.of("who5", List.of(2, 9, 3, 1, 2), "ucla3",
                List.of(2, 2, 3))).post("/api/v1/wellbeing/" + token).then().statusCode(400);
        given().contentType("application/json").body(ANSWERS).post("/api/v1/wellbeing/" + token).then()
                .statusCode(204);
        given().contentType("application/json").body(ANSWERS).post("/api/v1/wellbeing/" + token).then()
                .statusCode(404);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).get("/api/v1/referrals/" + id + "/wellbeing")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].who5Raw", equalTo(11))
                .body("[0].ucla3Score", equalTo(7)).body("[0].recordedBy", equalTo("client"));
        given().contentType("application/json").body(ANSWERS).post("/api/v1/wellbeing/not-a-link").then()
                .statusCode(404);
    }

    @Test
    void aLinkExpires() {
        long id = WellbeingSelfReportTest.assignedCase("Vanheneva");
        String url = link(id, "FOLLOW_UP");
        String token = url.substring(url.lastIndexOf('/') + 1);
        MovableClock.advance(Duration.ofDays(14).plusMinutes(1));
        given().contentType("application/json").body(ANSWERS).post("/api/v1/wellbeing/" + token).then()
                .statusCode(404);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).get("/api/v1/referrals/" + id + "/wellbeing")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyWhoeverWorksTheCaseMakesALink() {
        long id = WellbeingSelfReportTest.assignedCase("Linkitön");
        for (String user : List.of("linkperson2", "nurse", "coordinator", "analyst")) {
            given().auth().oauth2(DemoUsers.accessToken(user)).contentType("application/json")
                    .body(Map.of("round", "START")).post("/api/v1/referrals/" + id + "/wellbeing/links").then()
                    .statusCode(403);
        }
    }

    private static String link(long id, String round) {
        return given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("round", round)).post("/api/v1/referrals/" + id + "/wellbeing/links").then()
                .statusCode(201).body("round", equalTo(round)).extract().jsonPath().getString("url");
    }
}
