package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Each reader sees of the client what their work needs: the identity code masked ({@code 131052-***T}) for the
 * nurse, the link-person and the coordinator, in every answer; the phone and email for those who contact the
 * client, not for the coordinator; the whole code only in the admin's export of the client's data.
 */
@QuarkusTest
class ClientDataSightTest {

    private static final String API = "/api/v1/referrals";
    private static final String MASKED = "131052-***T";

    @Test
    void theIdentityCodeIsMaskedForEveryReaderAndWholeOnlyInTheExport() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        String linkPerson = DemoUsers.accessToken("linkperson");
        JsonPath created = given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Peitetty", true)).post(API).then().statusCode(201).extract()
                .jsonPath();
        long id = created.getLong("id");
        assertThat(created.getString("client.identityCode")).isEqualTo(MASKED);

        JsonPath assigned = given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200)
                .extract().jsonPath();
        assertThat(assigned.getString("client.identityCode")).isEqualTo(MASKED);

        given().auth().oauth2(nurse).get(API + "/" + id).then().statusCode(200)
                .body("client.identityCode", equalTo(MASKED)).body("client.phone", equalTo("+358 40 123 4567"));
        given().auth().oauth2(linkPerson).get(API + "/" + id).then().statusCode(200)
                .body("client.identityCode", equalTo(MASKED)).body("client.phone", equalTo("+358 40 123 4567"));
        // The coordinator assigns the case: who and where, not how to reach the client.
        given().auth().oauth2(coordinator).get(API + "/" + id).then().statusCode(200)
                .body("client.identityCode", equalTo(MASKED)).body("client.phone", nullValue())
                .body("client.email", nullValue()).body("client.lastName", equalTo("Peitetty"));
        JsonPath accepted = given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "accepted")).post(API + "/" + id + "/transitions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(accepted.getString("client.identityCode")).isEqualTo(MASKED);
        JsonPath stepped = given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("step", "FIRST_CONTACT")).post(API + "/" + id + "/steps").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stepped.getString("client.identityCode")).isEqualTo(MASKED);
        assertThat(given().auth().oauth2(coordinator).get(API).asString()).doesNotContain("131052-308T");

        JsonPath export = given().auth().oauth2(DemoUsers.accessToken("admin")).contentType("application/json")
                .body(Map.of("referralId", id, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber", "DNRO 4/2026"))
                .post("/api/v1/admin/clients/export").then().statusCode(200).extract().jsonPath();
        assertThat(export.getList("referrals.referral.client.identityCode")).contains("131052-308T");

        // The pages never showed the code, masked or whole.
        String page = StaffBrowser.signIn("linkperson").get("/staff/referrals/" + id).asString();
        assertThat(page).contains("Peitetty").doesNotContain("131052-308T");
    }
}
