package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import fi.silta.testsupport.DemoUsers;

/**
 * A sent referral corrected by the nurse who wrote it: the wrong phone number or a forgotten link-person tick is
 * fixed without rewriting, the history says which fields changed (never their values), a stale version loses
 * nothing, a closed referral is not corrected, and a bad value is refused at its field.
 */
@QuarkusTest
class ReferralCorrectionTest {

    private static final String API = "/api/v1/referrals";

    static Map<String, Object> correction(JsonPath read) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", read.getLong("version"));
        body.put("phone", read.getString("client.phone"));
        body.put("email", read.getString("client.email"));
        body.put("language", read.getString("client.language"));
        body.put("interpreterNeeded", read.getBoolean("client.interpreterNeeded"));
        body.put("needs", read.getList("needs"));
        body.put("interests", read.getString("interests"));
        body.put("linkPersonNeeded", read.getBoolean("linkPersonNeeded"));
        body.put("linkPersonReason", read.getString("linkPersonReason"));
        body.put("urgency", read.getString("urgency"));
        body.put("unit", read.getString("unit"));
        body.put("followUpOn", read.getString("followUpOn"));
        return body;
    }

    private static long create(String nurse, boolean linkPerson) {
        return given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Korjattava", linkPerson)).when().post(API).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath read(String token, long id) {
        return given().auth().oauth2(token).get(API + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse put(String token, long id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().put(API + "/" + id)
                .then();
    }

    @Test
    void theNurseCorrectsThePhoneAndTheForgottenLinkPersonAndTheHistoryNamesTheFields() {
        String nurse = DemoUsers.accessToken("nurse");
        long id = create(nurse, false);
        Map<String, Object> body = correction(read(nurse, id));
        body.put("phone", "+358 50 765 4321");
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("urgency", "SOON");
        put(nurse, id, body).statusCode(200).body("client.phone", equalTo("+358 50 765 4321"))
                .body("linkPersonNeeded", equalTo(true)).body("urgency", equalTo("SOON"))
                .body("history.kind", hasItem("CORRECTED"))
                .body("history.find { it.kind == 'CORRECTED' }.detail",
                        equalTo("phone,linkPersonNeeded,linkPersonReason,urgency"))
                .body("history.find { it.kind == 'CORRECTED' }.detail", not(containsString("765")));
        // Now sent to the link-person service, the coordinator sees it in the county's list.
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).get(API).then().statusCode(200)
                .body("id", hasItem((int) id));
    }

    @Test
    void aStaleVersionIsRefusedAndLosesNothing() {
        String nurse = DemoUsers.accessToken("nurse");
        long id = create(nurse, true);
        JsonPath first = read(nurse, id);
        Map<String, Object> mine = correction(first);
        mine.put("unit", "Ensimmäinen korjaus");
        put(nurse, id, mine).statusCode(200);
        Map<String, Object> stale = correction(first);
        stale.put("phone", "+358 44 000 0000");
        put(nurse, id, stale).statusCode(409);
        JsonPath after = read(nurse, id);
        assertThat(after.getString("unit")).isEqualTo("Ensimmäinen korjaus");
        assertThat(after.getString("client.phone")).isEqualTo("+358 40 123 4567");
    }

    @Test
    void aClosedReferralIsNotCorrectedAndOthersMayNotCorrect() {
        String nurse = DemoUsers.accessToken("nurse");
        long id = create(nurse, false);
        Map<String, Object> body = correction(read(nurse, id));
        put(DemoUsers.accessToken("linkperson"), id, body).statusCode(403);
        given().auth().oauth2(nurse).contentType("application/json")
                .body(Map.of("status", "cancelled", "reason", "testi")).post(API + "/" + id + "/transitions").then()
                .statusCode(200);
        body = correction(read(nurse, id));
        body.put("unit", "Liian myöhään");
        put(nurse, id, body).statusCode(409);
        assertThat(read(nurse, id).getString("unit"))
                .isEqualTo("Kokkolan seniorineuvola");
    }

    @Test
    void aBadValueIsRefusedAtItsField() {
        String nurse = DemoUsers.accessToken("nurse");
        long id = create(nurse, false);
        Map<String, Object> body = correction(read(nurse, id));
        body.put("email", "ei-osoite");
        put(nurse, id, body).statusCode(400).body("errors.field", hasItem(containsString("email")));
        body = correction(read(nurse, id));
        body.put("needs", List.of());
        put(nurse, id, body).statusCode(400).body("errors.field", hasItem(containsString("needs")));
        body = correction(read(nurse, id));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", null);
        put(nurse, id, body).statusCode(400).body("errors.field", hasItem("linkPersonReason"));
    }
}
