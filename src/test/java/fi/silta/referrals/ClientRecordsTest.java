package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;

/** An admin carries out a client's data requests: a copy of everything, the access log, erasure. */
@QuarkusTest
class ClientRecordsTest {

    private static final String API = "/api/v1/referrals";
    private static final String CODE = "010594Y9021";

    @Inject
    EntityManager entityManager;

    private static long referral(String lastName) {
        Map<String, Object> body = ReferralFlowTest.referral(lastName, true);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("identityCode", CODE);
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anAdminExportsEverythingHeldOnAClientAndThenErasesItWhileTheAccessLogStays() {
        long first = referral("Salminen");
        long second = referral("Salminen");
        String admin = DemoUsers.accessToken("admin");
        String index = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select client_code_index from referral where id = :id").setParameter("id", first)
                .getSingleResult());
        assertThat(index).hasSize(64).doesNotContain("010594");

        JsonPath copy = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("identityCode", CODE, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber", "DNRO 12/2026"))
                .when().post("/api/v1/admin/clients/export").then().statusCode(200).extract().jsonPath();
        assertThat(copy.getList("referrals.referral.id", Long.class)).contains(first, second);
        assertThat(copy.getList("referrals.referral.client.lastName", String.class)).contains("Salminen");
        assertThat(copy.getList("accessLog.action", String.class)).contains("create");
        // The search by identity code is itself in the client's access log, with the purpose and case number.
        assertThat(copy.getList("accessLog.findAll { it.action == 'find-by-identity-code' }.purpose", String.class))
                .contains("DATA_SUBJECT_ACCESS DNRO 12/2026");

        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("referralId", first, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber", "DNRO 13/2026"))
                .when().post("/api/v1/admin/clients/export").then().statusCode(403);

        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("referralId", first, "purpose", "DATA_SUBJECT_ERASURE", "caseNumber", "DNRO 14/2026"))
                .when().post("/api/v1/admin/clients/erase").then().statusCode(200).body("erased", equalTo(2));
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + first).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + second).then().statusCode(403);
        long kept = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(a) from ClientAccessRecord a where a.resourceId in (:a, :b) and a.operation = 'erase'",
                Long.class)
                .setParameter("a", first).setParameter("b", second).getSingleResult());
        assertThat(kept).isEqualTo(2);
    }

    @Test
    void anAdminHandlesTheRequestOnThePages() {
        long id = referral("Sivutettu");
        fi.silta.testsupport.StaffBrowser admin = fi.silta.testsupport.StaffBrowser.signIn("admin");
        io.restassured.response.Response shown = admin.submit("/staff/admin/clients?lang=fi", "form.client-request",
                Map.of("referralId", String.valueOf(id), "purpose", "DATA_SUBJECT_ERASURE", "caseNumber",
                        "DNRO 15/2026"));
        assertThat(shown.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(shown.asString());
        assertThat(page.select(".client-records li").text()).contains("Sivutettu");
        assertThat(shown.asString()).doesNotContain(CODE);
        io.restassured.response.Response erased = admin.post("/staff/admin/clients/erase", Map.of("csrf-token",
                admin.formToken(), "referralId", page.select("form.erase input[name=referralId]").attr("value"),
                "purpose", "DATA_SUBJECT_ERASURE", "caseNumber", "DNRO 15/2026"));
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(erased.asString()).select(".notice").text()).startsWith("Poistettu");
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get(API + "/" + id).then().statusCode(403);
    }

    @Test
    void aRequestNamesItsReasonAndAValidClient() {
        String admin = DemoUsers.accessToken("admin");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("identityCode", CODE))
                .when().post("/api/v1/admin/clients/export").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("purpose", "caseNumber"));
        String body = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("identityCode", "010594Y9022", "purpose", "ACCESS_LOG_REQUEST", "caseNumber", "DNRO 16/2026"))
                .when().post("/api/v1/admin/clients/access-log").then().statusCode(400)
                .body("errors[0].field", equalTo("identityCode")).extract().asString();
        assertThat(body).doesNotContain("010594");
    }
}
