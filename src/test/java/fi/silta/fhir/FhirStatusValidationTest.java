package fi.silta.fhir;

import static fi.silta.fhir.FhirFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.referrals.ReferralStatus;

/**
 * A referral's Task and ServiceRequest in every status the referral can have are valid FHIR R4 (the core validator
 * against the base R4 definitions, no errors), and so are its Consent, Patient, the CapabilityStatement and an
 * OperationOutcome. The Task's status follows the SDOH Clinical Care IG's referral Task state machine: each move the
 * Task shows is one the IG's diagram allows (task_state_transitions.json, from the IG's sources).
 */
@QuarkusTest
class FhirStatusValidationTest {

    private static Set<String> allowedMoves;

    /** Per referral, the Task statuses read one after the other. */
    private final Map<Long, List<String>> seen = new LinkedHashMap<>();
    private final Set<String> statusesValidated = new HashSet<>();

    @BeforeAll
    static void readTheStateMachine() throws IOException {
        try (InputStream in = FhirStatusValidationTest.class.getResourceAsStream("/fhir/task_state_transitions.json")) {
            JsonNode machine = new ObjectMapper().readTree(in).get("referralTask");
            allowedMoves = new HashSet<>();
            for (JsonNode move : machine.get("transitions")) {
                allowedMoves.add(move.get(0).asText() + ">" + move.get(1).asText());
            }
        }
        R4Validator.get();
    }

    @Test
    void theTaskAndServiceRequestOfAReferralInEveryStatusAreValidR4() {
        Map<String, Object> draft = FhirFixtures.referral("Luonnos", FhirFixtures.identityCode(), true);
        draft.put("send", false);
        long drafted = FhirFixtures.create(draft);
        check(drafted, "draft", null);

        long attended = FhirFixtures.create(FhirFixtures.referral("Osallistunut", FhirFixtures.identityCode(), true));
        check(attended, "requested", null);
        FhirFixtures.assign(attended, "linkperson");
        FhirFixtures.move("linkperson", attended, "accepted", null);
        check(attended, "accepted", null);
        FhirFixtures.move("linkperson", attended, "on-hold", null);
        check(attended, "on-hold", null);
        FhirFixtures.move("linkperson", attended, "in-progress", null);
        FhirFixtures.step("linkperson", attended, "FIRST_CONTACT");
        check(attended, "in-progress", "first-contact");
        FhirFixtures.step("linkperson", attended, "ATTENDED");
        FhirFixtures.move("linkperson", attended, "completed", "ATTENDED");
        JsonPath completed = check(attended, "completed", "attended");
        assertThat(completed.getString("statusReason.coding[0].code")).isEqualTo("attended");
        FhirFixtures.move("nurse", attended, "entered-in-error", null);
        check(attended, "entered-in-error", "attended");

        long rejected = FhirFixtures.create(FhirFixtures.referral("Hylätty", FhirFixtures.identityCode(), true));
        FhirFixtures.move("coordinator", rejected, "rejected", null);
        check(rejected, "rejected", null);

        long cancelled = FhirFixtures.create(FhirFixtures.referral("Peruttu", FhirFixtures.identityCode(), true));
        FhirFixtures.move("nurse", cancelled, "cancelled", null);
        check(cancelled, "cancelled", null);

        long failed = FhirFixtures.create(FhirFixtures.referral("Kieltäytynyt", FhirFixtures.identityCode(), false));
        FhirFixtures.move("nurse", failed, "accepted", null);
        FhirFixtures.move("nurse", failed, "failed", "DECLINED");
        JsonPath failedTask = check(failed, "failed", null);
        assertThat(failedTask.getString("statusReason.coding[0].code")).isEqualTo("declined");

        Set<String> every = new HashSet<>();
        EnumSet.allOf(ReferralStatus.class).forEach(status -> every.add(status.code()));
        assertThat(statusesValidated).as("statuses whose Task and ServiceRequest were validated").isEqualTo(every);
        for (Map.Entry<Long, List<String>> referral : seen.entrySet()) {
            List<String> statuses = referral.getValue();
            for (int i = 1; i < statuses.size(); i++) {
                String move = statuses.get(i - 1) + ">" + statuses.get(i);
                if (!statuses.get(i - 1).equals(statuses.get(i))) {
                    assertThat(allowedMoves.contains(move) || statuses.get(i).equals("entered-in-error"))
                            .as("the IG's referral Task allows %s", move).isTrue();
                }
            }
        }
    }

    @Test
    void theConsentPatientCapabilityStatementAndAnOutcomeAreValidR4() {
        long id = FhirFixtures.create(FhirFixtures.referral("Suostunut", FhirFixtures.identityCode(), true));
        for (String path : List.of("Consent/" + id + "-link-person", "Consent/" + id + "-anonymous-statistics",
                "Patient/" + id)) {
            valid(read("nurse", path).then().statusCode(200).extract().asString(), path);
        }
        valid(read(null, "metadata").then().statusCode(200).extract().asString(), "metadata");
        valid(read("linkperson2", "Task/" + id).then().statusCode(403).extract().asString(), "a 403");
        // The validator does find errors: an unknown element and a status outside the required value set.
        assertThat(R4Validator.get().errors("{\"resourceType\":\"Task\",\"status\":\"waiting\",\"intent\":\"order\","
                + "\"mood\":\"calm\"}")).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Reads the referral's Task and ServiceRequest as its nurse, validates both and checks the Task's status. */
    private JsonPath check(long id, String status, String businessStatus) {
        String task = read("nurse", "Task/" + id).then().statusCode(200).extract().asString();
        String request = read("nurse", "ServiceRequest/" + id).then().statusCode(200).extract().asString();
        valid(task, "Task " + status);
        valid(request, "ServiceRequest " + status);
        JsonPath taskJson = new JsonPath(task);
        assertThat(taskJson.getString("status")).isEqualTo(status);
        assertThat(taskJson.getString("businessStatus.coding[0].code")).isEqualTo(businessStatus);
        seen.computeIfAbsent(id, k -> new ArrayList<>()).add(status);
        statusesValidated.add(status);
        return taskJson;
    }

    private static void valid(String json, String what) {
        assertThat(R4Validator.get().errors(json)).as("validation errors of %s", what).isEmpty();
    }
}
