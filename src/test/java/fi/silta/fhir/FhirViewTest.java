package fi.silta.fhir;

import static fi.silta.fhir.FhirFixtures.accesses;
import static fi.silta.fhir.FhirFixtures.read;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;

/**
 * The FHIR view of a referral keeps the referral's own rules: those who may read the referral read its FHIR
 * resources, everyone else (a link-person of another caseload among them) gets 403 as an OperationOutcome naming
 * no client; the identity code is in no resource of a reader who may not see it whole; every read and every
 * refusal is in the client-data access log.
 */
@QuarkusTest
class FhirViewTest {

    @Test
    void whoMayReadTheReferralReadsItsFhirResourcesAndALinkPersonOfAnotherCaseloadGets403() {
        String code = FhirFixtures.identityCode();
        long id = FhirFixtures.create(FhirFixtures.referral("Fhirlainen", code, true));
        FhirFixtures.assign(id, "linkperson");

        for (String reader : List.of("nurse", "linkperson", "coordinator")) {
            read(reader, "Task/" + id).then().statusCode(200).contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("Task")).body("id", equalTo(String.valueOf(id)))
                    .body("status", equalTo("requested")).body("owner.identifier.value", equalTo("linkperson"));
            read(reader, "ServiceRequest/" + id).then().statusCode(200).body("resourceType", equalTo("ServiceRequest"))
                    .body("status", equalTo("active"));
            read(reader, "Consent/" + id + "-link-person").then().statusCode(200).body("status", equalTo("active"))
                    .body("provision.type", equalTo("permit"));
            read(reader, "Patient/" + id).then().statusCode(200).body("name[0].family", equalTo("Fhirlainen"));
        }

        for (String resource : List.of("Task/", "ServiceRequest/", "Patient/", "Consent/")) {
            String path = resource + id + (resource.equals("Consent/") ? "-link-person" : "");
            String body = read("linkperson2", path).then().statusCode(403)
                    .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("forbidden")).extract().asString();
            assertThat(body).doesNotContain("Fhirlainen", "Aino", code, String.valueOf(id));
            read("publisher", path).then().statusCode(403).body("resourceType", equalTo("OperationOutcome"));
            String unauthorized = read(null, path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer")).extract().asString();
            assertThat(unauthorized.isEmpty() || unauthorized.contains("\"OperationOutcome\"")).as(unauthorized)
                    .isTrue();
        }
        // A referral that does not exist answers as one the reader may not see: ids cannot be counted.
        read("coordinator", "Task/" + (id + 1_000_000)).then().statusCode(403);
    }

    @Test
    void theIdentityCodeIsInNoResourceOfAReaderWhoMayNotSeeItWhole() {
        String code = FhirFixtures.identityCode();
        long id = FhirFixtures.create(FhirFixtures.referral("Tunnukseton", code, true));
        FhirFixtures.assign(id, "linkperson");
        String birthDate = code.substring(0, 6);
        for (String reader : List.of("nurse", "linkperson", "coordinator")) {
            JsonPath patient = read(reader, "Patient/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(patient.getList("identifier")).as("identifiers of the Patient read by %s", reader).isNull();
            assertThat(patient.getString("name[0].given[0]")).isEqualTo("Aino");
            assertThat(patient.getString("birthDate")).isEqualTo("19" + code.substring(4, 6));
            for (String resource : List.of("Patient/", "Task/", "ServiceRequest/", "Consent/")) {
                String path = resource + id + (resource.equals("Consent/") ? "-link-person" : "");
                String body = read(reader, path).then().statusCode(200).extract().asString();
                assertThat(body).as("%s read by %s", resource, reader).doesNotContain(code, birthDate,
                        "1.2.246.21", "+358", "kuorolaulu");
            }
        }
    }

    @Test
    void everyReadAndEveryRefusalIsInTheClientDataAccessLog() {
        long id = FhirFixtures.create(FhirFixtures.referral("Lokitettu", FhirFixtures.identityCode(), true));
        FhirFixtures.assign(id, "linkperson");
        read("nurse", "Task/" + id).then().statusCode(200);
        read("linkperson", "ServiceRequest/" + id).then().statusCode(200);
        read("coordinator", "Patient/" + id).then().statusCode(200);
        read("nurse", "Consent/" + id + "-link-person").then().statusCode(200);
        read("linkperson2", "Task/" + id).then().statusCode(403);
        read("publisher", "Patient/" + id).then().statusCode(403);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath log = accesses(id);
            assertThat(log.getList("findAll { it.outcome == 'SUCCESS' && it.action.startsWith('fhir-') }"
                    + ".collect { it.actor + ' ' + it.action }", String.class)).contains("nurse fhir-task",
                            "linkperson fhir-service-request", "coordinator fhir-patient", "nurse fhir-consent");
            assertThat(log.getList("findAll { it.outcome == 'DENIED' }.collect { it.actor + ' ' + it.action }",
                    String.class)).contains("linkperson2 fhir-task", "publisher fhir-patient");
            assertThat(log.getList("findAll { it.action.startsWith('fhir-') }.purpose", String.class))
                    .containsOnly("wellbeing referral");
        });
    }

    @Test
    void unknownAddressesAndWritesAnswerAsOperationOutcomes() {
        long id = FhirFixtures.create(FhirFixtures.referral("Osoitteeton", FhirFixtures.identityCode(), false));
        read("nurse", "Observation/" + id).then().statusCode(404).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("not-found"));
        read("nurse", "Task/abc").then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        read("nurse", "Consent/" + id + "-somebody").then().statusCode(404);
        read("nurse", "Consent/" + id + "-reminders").then().statusCode(404);
        FhirFixtures.read("nurse", "Task/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(DemoUsers.accessToken("nurse"))
                .contentType("application/fhir+json").body("{}").post("/fhir/Task").then().statusCode(405)
                .body("resourceType", equalTo("OperationOutcome"));
        read(null, "metadata").then().statusCode(200).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("CapabilityStatement")).body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", contains("Task", "ServiceRequest", "Consent",
                        "Patient"));
    }
}
