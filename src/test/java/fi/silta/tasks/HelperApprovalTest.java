package fi.silta.tasks;

import static fi.silta.tasks.TaskFixtures.HELPERS;
import static fi.silta.tasks.TaskFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A vetting organisation registers and approves helpers: an under-18 without a recorded guardian consent cannot be
 * approved, an approval is withdrawn with a reason, and only the organisation's own vetters act on its helpers.
 */
@QuarkusTest
class HelperApprovalTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    TaskFixtures fixtures;

    private static Map<String, Object> until() {
        return Map.of("until", LocalDate.now(HELSINKI).plusMonths(6).toString());
    }

    @Test
    void anUnderEighteenWithoutGuardianConsentCannotBeApproved() {
        long organisation = fixtures.vettingOrganisation();
        long minor = TaskFixtures.register("nuori-" + SEQUENCE.incrementAndGet(), "Eetu",
                LocalDate.now(HELSINKI).minusYears(16), TaskFixtures.KOKKOLA, false, organisation);
        given().auth().oauth2(token("vetter")).contentType("application/json").body(until())
                .post(HELPERS + "/" + minor + "/approval").then().statusCode(400)
                .body("errors.field", hasItem("guardianConsent"));
        given().auth().oauth2(token("vetter")).get(HELPERS).then().statusCode(200)
                .body("find { it.id == " + minor + " }.status", equalTo("REGISTERED"))
                .body("find { it.id == " + minor + " }.minor", equalTo(true));

        given().auth().oauth2(token("vetter")).post(HELPERS + "/" + minor + "/guardian-consent").then()
                .statusCode(200).body("guardianConsent", equalTo(true));
        given().auth().oauth2(token("vetter")).contentType("application/json").body(until())
                .post(HELPERS + "/" + minor + "/approval").then().statusCode(200).body("approved", equalTo(true));

        long withConsent = TaskFixtures.register("nuori-" + SEQUENCE.incrementAndGet(), "Iida",
                LocalDate.now(HELSINKI).minusYears(15), TaskFixtures.KOKKOLA, true, organisation);
        given().auth().oauth2(token("vetter")).contentType("application/json").body(until())
                .post(HELPERS + "/" + withConsent + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void anApprovalIsWithdrawnWithAReasonAndOnlyTheOrganisationsVettersActOnIt() {
        long organisation = fixtures.vettingOrganisation();
        long adult = TaskFixtures.register("aikuinen-" + SEQUENCE.incrementAndGet(), "Oona",
                LocalDate.now(HELSINKI).minusYears(30), TaskFixtures.KOKKOLA, false, organisation);
        given().auth().oauth2(token("vetter")).contentType("application/json").body(until())
                .post(HELPERS + "/" + adult + "/approval").then().statusCode(200).body("approved", equalTo(true));
        given().auth().oauth2(token("vetter")).contentType("application/json")
                .body(Map.of("reason", "Muutti pois paikkakunnalta")).post(HELPERS + "/" + adult + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("approved", equalTo(false));

        long elsewhere = fixtures.vettingOrganisation();
        given().auth().oauth2(token("admin"))
                .delete(TaskFixtures.TASKS + "/organisations/" + elsewhere + "/vetters/vetter").then().statusCode(204);
        Map<String, Object> body = Map.of("username", "toinen-" + SEQUENCE.incrementAndGet(), "organisationId",
                elsewhere, "firstName", "Toivo", "birthDate", "1990-01-01");
        given().auth().oauth2(token("vetter")).contentType("application/json").body(body).post(HELPERS).then()
                .statusCode(403);
    }
}
