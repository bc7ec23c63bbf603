package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;

/**
 * A referral from the nurse through the coordinator to the link-person and a close; every forbidden move
 * refused; cases hidden from those who do not work them; client data encrypted and every access logged.
 */
@QuarkusTest
class ReferralFlowTest {

    private static final String API = "/api/v1/referrals";

    @Inject
    EntityManager entityManager;

    static Map<String, Object> referral(String lastName, boolean linkPerson) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", lastName);
        client.put("identityCode", "131052-308T");
        client.put("phone", "+358 40 123 4567");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS", "PHYSICAL_ACTIVITY"));
        body.put("interests", "laulu, kävely");
        body.put("linkPersonNeeded", linkPerson);
        body.put("linkPersonReason", linkPerson ? "Ei lähde yksin liikkeelle" : null);
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true)));
        body.put("unit", "Kokkolan seniorineuvola");
        return body;
    }

    private static long create(String nurse, Map<String, Object> body) {
        return given().auth().oauth2(nurse).contentType("application/json").body(body).when().post(API)
                .then().statusCode(201).body("status", equalTo("requested")).extract().jsonPath().getLong("id");
    }

    private static JsonPath move(String token, long id, String status, String outcome, int expected) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("outcome", outcome);
        body.put("reason", "testi");
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post(API + "/" + id + "/transitions").then().statusCode(expected).extract().jsonPath();
    }

    @Test
    void aReferralGoesFromTheNurseThroughTheLinkPersonToAttendance() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        String linkPerson = DemoUsers.accessToken("linkperson");
        long id = create(nurse, referral("Virtanen", true));

        given().auth().oauth2(coordinator).when().get(API).then().statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(linkPerson).when().get(API).then().statusCode(200).body("id", not(hasItem((int) id)));
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .when().post(API + "/" + id + "/assignment").then().statusCode(200)
                .body("assignedTo", equalTo("linkperson"));

        move(linkPerson, id, "accepted", null, 200);
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("step", "FIRST_CONTACT"))
                .when().post(API + "/" + id + "/steps").then().statusCode(200)
                .body("status", equalTo("in-progress")).body("step", equalTo("FIRST_CONTACT"));
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("step", "ATTENDED"))
                .when().post(API + "/" + id + "/steps").then().statusCode(200);
        move(linkPerson, id, "completed", null, 400);
        move(linkPerson, id, "completed", "DECLINED", 400);
        JsonPath closed = move(linkPerson, id, "completed", "ATTENDED", 200);
        assertThat(closed.getString("outcome")).isEqualTo("ATTENDED");
        assertThat(closed.getList("history.to")).containsSubsequence("requested", "accepted", "in-progress",
                "completed");
        assertThat(closed.getList("history.actor")).contains("nurse", "coordinator", "linkperson");

        // The nurse sees the outcome: the loop is closed.
        given().auth().oauth2(nurse).when().get(API + "/" + id).then().statusCode(200)
                .body("status", equalTo("completed")).body("outcome", equalTo("ATTENDED"));

        // Marked as entered in error afterwards, it keeps the recorded outcome and the day it closed, from which
        // its retention period runs; the history keeps the mark.
        JsonPath marked = move(nurse, id, "entered-in-error", null, 200);
        assertThat(marked.getString("outcome")).isEqualTo("ATTENDED");
        // (The database keeps microseconds.)
        assertThat(Instant.parse(marked.getString("closedAt"))).isCloseTo(Instant.parse(closed.getString("closedAt")),
                within(1, ChronoUnit.MICROS));
        assertThat(marked.getList("history.to")).endsWith("entered-in-error");
    }

    @Test
    void everyMoveTheDiagramDoesNotAllowIsRefusedAndWrongRolesAreForbidden() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        String linkPerson = DemoUsers.accessToken("linkperson");
        long id = create(nurse, referral("Korhonen", true));
        // From requested: no in-progress, on-hold, completed or failed; no back to draft.
        for (String status : List.of("in-progress", "on-hold", "completed", "failed", "draft", "requested")) {
            move(coordinator, id, status, "ATTENDED", 409);
        }
        // Accepting is the link-person's; before assignment nobody else may.
        move(nurse, id, "accepted", null, 403);
        move(coordinator, id, "accepted", null, 403);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .when().post(API + "/" + id + "/assignment").then().statusCode(200);
        move(linkPerson, id, "accepted", null, 200);
        move(linkPerson, id, "requested", null, 409);
        move(linkPerson, id, "entered-in-error", null, 403);
        move(linkPerson, id, "cancelled", null, 200);
        for (String status : List.of("requested", "accepted", "in-progress", "on-hold", "completed", "failed",
                "cancelled")) {
            move(linkPerson, id, status, "ATTENDED", 409);
        }
        move(nurse, id, "entered-in-error", null, 200);
        move(nurse, id, "entered-in-error", null, 409);
        given().auth().oauth2(DemoUsers.accessToken("publisher")).when().get(API + "/" + id).then().statusCode(403);
        given().when().get(API + "/" + id).then().statusCode(401);
    }

    @Test
    void aLinkPersonCannotReadAnotherLinkPersonsCaseAndTheAttemptIsLogged() {
        String nurse = DemoUsers.accessToken("nurse");
        String coordinator = DemoUsers.accessToken("coordinator");
        long id = create(nurse, referral("Nieminen", true));
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .when().post(API + "/" + id + "/assignment").then().statusCode(200);
        String other = DemoUsers.accessToken("linkperson2");
        given().auth().oauth2(other).when().get(API + "/" + id).then().statusCode(403)
                .body(not(org.hamcrest.Matchers.containsString("Nieminen")));
        given().auth().oauth2(other).when().get(API).then().statusCode(200).body("id", not(hasItem((int) id)));
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).when().get(API).then().statusCode(200)
                .body("id", hasItem((int) id));

        List<Object[]> log = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select a.actor, a.operation, str(a.outcome) from ClientAccessRecord a where a.resourceId = :id order by a.id",
                Object[].class).setParameter("id", id).getResultList());
        assertThat(log).anySatisfy(row -> assertThat(row).containsExactly("linkperson2", "read", "DENIED"));
        assertThat(log).anySatisfy(row -> assertThat(row).containsExactly("linkperson", "list", "SUCCESS"));
        assertThat(log).anySatisfy(row -> assertThat(row).containsExactly("coordinator", "assign", "SUCCESS"));
    }

    @Test
    void clientDataIsEncryptedInTheDatabaseAndTheAccessLogCannotBeChanged() {
        long id = create(DemoUsers.accessToken("nurse"), referral("Mäkinen", true));
        Object[] raw = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select client_first_name, client_last_name, client_identity_code, client_phone from referral where id = :id")
                .setParameter("id", id).getSingleResult());
        for (Object column : raw) {
            assertThat(column.toString()).startsWith("v2:1:").doesNotContain("Mäkinen").doesNotContain("131052")
                    .doesNotContain("Aino").doesNotContain("4567");
        }
        for (String statement : List.of("update client_access set actor = 'someone'",
                "delete from client_access")) {
            String result;
            try {
                QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
                result = "allowed";
            } catch (RuntimeException e) {
                result = "refused";
            }
            assertThat(result).as(statement).isEqualTo("refused");
        }
    }

    @Test
    void badInputIsNamedAndTheIdentityCodeIsNeverRepeated() {
        Map<String, Object> body = referral("Laine", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("identityCode", "131052-308U");
        client.put("phone", "soita");
        body.put("consents", List.of());
        String problem = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(body).when().post(API).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("client.identityCode")).body("errors.field", hasItem("client.phone"))
                .body("errors.field", hasItem("consents"))
                .extract().asString();
        assertThat(problem).doesNotContain("131052").doesNotContain("soita");
        // An unknown need is refused by the JSON reader, at its entry, before the other fields are looked at.
        Map<String, Object> unknownNeed = referral("Laine", true);
        unknownNeed.put("needs", List.of("WEALTH"));
        String needs = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(unknownNeed).when().post(API).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("needs[0]")).extract().asString();
        assertThat(needs).doesNotContain("WEALTH");
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(referral("Laine", false)).when().post(API).then().statusCode(403);
    }
}
