package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;

/**
 * A coordinator sees the referrals sent to the link-person service of their county: not the nurse's drafts, not
 * the referrals a nurse works alone (no link-person asked for). The contact log of a case is read by the
 * coordinator who assigned it, not by every coordinator. Every read path goes through the same check, the
 * ranking of link-persons for a referral included, and every refusal, a refusal by role too, is in the access log.
 */
@QuarkusTest
class CoordinatorScopeTest {

    private static final String API = "/api/v1/referrals";

    @Test
    void draftsAndNurseOnlyReferralsStayWithTheNurse() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        Map<String, Object> draftBody = ReferralFlowTest.referral("Luonnosteltu", true);
        draftBody.put("send", false);
        long draft = create(nurse, draftBody);
        long nurseOnly = create(nurse, ReferralFlowTest.referral("Hoitajanoma", false));
        long sent = create(nurse, ReferralFlowTest.referral("Lähetetty", true));

        List<Long> listed = given().auth().oauth2(coordinator).get(API).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertThat(listed).contains(sent).doesNotContain(draft, nurseOnly);
        for (long hidden : List.of(draft, nurseOnly)) {
            given().auth().oauth2(coordinator).get(API + "/" + hidden).then().statusCode(403);
            given().auth().oauth2(coordinator).get(API + "/" + hidden + "/contacts").then().statusCode(403);
            given().auth().oauth2(coordinator).get(API + "/" + hidden + "/suggestions").then().statusCode(403);
        }
        given().auth().oauth2(coordinator).get(API + "/" + sent).then().statusCode(200);
        given().auth().oauth2(coordinator).get(API + "/" + sent + "/suggestions").then().statusCode(200);
        // The nurse still has all three.
        assertThat(given().auth().oauth2(nurse).get(API).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).contains(draft, nurseOnly, sent);
    }

    @Test
    void theContactLogIsReadByTheCoordinatorWhoAssignedTheCase() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        String otherCoordinator = DemoUsers.accessToken("coordinator2");
        String linkPerson = DemoUsers.accessToken("linkperson");
        long id = create(nurse, withCode(ReferralFlowTest.referral("Muistiinpanollinen", true), "080988-4311"));
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .post(API + "/" + id + "/assignment").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(), "note",
                        "Asiakas kertoi yksinäisyydestään"))
                .post(API + "/" + id + "/contacts").then().statusCode(201);

        given().auth().oauth2(coordinator).get(API + "/" + id + "/contacts").then().statusCode(200);
        given().auth().oauth2(otherCoordinator).get(API + "/" + id).then().statusCode(200);
        given().auth().oauth2(otherCoordinator).get(API + "/" + id + "/contacts").then().statusCode(403);

        List<String> denied = accesses(id).getList("findAll { it.outcome == 'DENIED' }.actor", String.class);
        assertThat(denied).contains("coordinator2");
    }

    @Test
    void anotherCountysReferralIsRefusedOnEveryPathSuggestionsIncluded() {
        String nurse = DemoUsers.accessToken("nurse");
        Map<String, Object> helsinki = ReferralFlowTest.referral("Helsinkiläinen", true);
        helsinki.put("municipality", "091");
        long id = create(nurse, withCode(helsinki, "150360-214F"));
        String coordinator = DemoUsers.accessToken("coordinator");
        given().auth().oauth2(coordinator).get(API + "/" + id).then().statusCode(403);
        given().auth().oauth2(coordinator).get(API + "/" + id + "/suggestions").then().statusCode(403);

        JsonPath log = accesses(id);
        assertThat(log.getList("findAll { it.action == 'suggest' }.outcome", String.class)).containsOnly("DENIED");
        assertThat(log.getList("findAll { it.actor == 'coordinator' }.outcome", String.class))
                .isNotEmpty().containsOnly("DENIED");
    }

    @Test
    void aRefusalByRoleIsInTheAccessLogAndAnUnknownReferralLooksTheSame() {
        long id = create(DemoUsers.accessToken("nurse"),
                withCode(ReferralFlowTest.referral("Roolitettu", true), "240575-3217"));
        given().auth().oauth2(DemoUsers.accessToken("publisher")).get(API + "/" + id).then().statusCode(403);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                accesses(id).getList("findAll { it.actor == 'publisher' }.outcome", String.class))
                .containsOnly("DENIED").isNotEmpty());

        // A referral that does not exist answers as one the user may not see: ids cannot be counted.
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).get(API + "/" + (id + 1_000_000)).then()
                .statusCode(403);
    }

    private static long create(String nurse, Map<String, Object> body) {
        return given().auth().oauth2(nurse).contentType("application/json").body(body).post(API).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The referral with a client of its own: a client's access log covers all their referrals, and the other tests'
     * clients share one identity code.
     */
    private static Map<String, Object> withCode(Map<String, Object> body, String identityCode) {
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("identityCode", identityCode);
        return body;
    }

    /** The referral's access log as the admin gives it to the client. */
    private static JsonPath accesses(long id) {
        return given().auth().oauth2(DemoUsers.accessToken("admin")).contentType("application/json")
                .body(Map.of("referralId", id, "purpose", "ACCESS_LOG_REQUEST", "caseNumber", "DNRO 7/2026"))
                .post("/api/v1/admin/clients/access-log").then().statusCode(200).extract().jsonPath();
    }
}
