package fi.silta.fhir;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;

/** Referrals written and moved through the referrals API, and the FHIR view read, as the tests of this view need. */
final class FhirFixtures {

    static final String API = "/api/v1/referrals";
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

    private FhirFixtures() {
    }

    /**
     * A temporary identity code (individual number 900-999) no other test uses, so that the client's access log
     * holds this test's reads only.
     */
    static String identityCode() {
        int n = NEXT.incrementAndGet();
        String date = String.format("%02d%02d%02d", 1 + n % 28, 1 + (n / 28) % 12, 30 + n % 40);
        String individual = String.valueOf(900 + n % 100);
        return date + "-" + individual + CHECK.charAt((int) (Long.parseLong(date + individual) % 31));
    }

    static Map<String, Object> referral(String lastName, String identityCode, boolean linkPerson) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", lastName);
        client.put("identityCode", identityCode);
        client.put("phone", "+358 40 765 4321");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS", "PHYSICAL_ACTIVITY"));
        body.put("interests", "kuorolaulu");
        body.put("linkPersonNeeded", linkPerson);
        body.put("linkPersonReason", linkPerson ? "Ei lähde yksin liikkeelle" : null);
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "ANONYMOUS_STATISTICS", "given", false)));
        body.put("unit", "Kokkolan seniorineuvola");
        return body;
    }

    static long create(Map<String, Object> body) {
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void assign(long id, String linkPerson) {
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", linkPerson)).post(API + "/" + id + "/assignment").then().statusCode(200);
    }

    static void move(String user, long id, String status, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("outcome", outcome);
        given().auth().oauth2(DemoUsers.accessToken(user)).contentType("application/json").body(body)
                .post(API + "/" + id + "/transitions").then().statusCode(200);
    }

    static void step(String user, long id, String step) {
        given().auth().oauth2(DemoUsers.accessToken(user)).contentType("application/json").body(Map.of("step", step))
                .post(API + "/" + id + "/steps").then().statusCode(200);
    }

    /** A FHIR read as the user; {@code null} reads without a token. */
    static Response read(String user, String path) {
        return user == null ? given().accept("application/fhir+json").get("/fhir/" + path)
                : given().auth().oauth2(DemoUsers.accessToken(user)).accept("application/fhir+json")
                        .get("/fhir/" + path);
    }

    /** The referral's access log, as the admin gives it to the client on request. */
    static JsonPath accesses(long id) {
        return given().auth().oauth2(DemoUsers.accessToken("admin")).contentType("application/json")
                .body(Map.of("referralId", id, "purpose", "ACCESS_LOG_REQUEST", "caseNumber", "DNRO 14/2026"))
                .post("/api/v1/admin/clients/access-log").then().statusCode(200).extract().jsonPath();
    }
}
