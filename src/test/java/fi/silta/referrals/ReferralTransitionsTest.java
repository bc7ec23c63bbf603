package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/**
 * Every pair of statuses, from the IG's own state diagram (the shared FHIR file): each allowed move succeeds
 * and every other move is refused with 409. A referral without a link-person lets its nurse make every move
 * the diagram allows, so the diagram alone decides here; roles are tested in {@link ReferralFlowTest}.
 */
@QuarkusTest
class ReferralTransitionsTest {

    private static final String API = "/api/v1/referrals";
    private static final List<String> STATUSES = List.of("draft", "requested", "accepted", "in-progress", "on-hold",
            "completed", "rejected", "cancelled", "failed", "entered-in-error");

    private static Set<String> allowed() throws IOException {
        JsonNode diagram = new ObjectMapper().readTree(
                Path.of("src/test/resources/reference-data/fhir/task_state_transitions.json").toFile());
        Set<String> allowed = new HashSet<>();
        for (JsonNode edge : diagram.path("referralTask").path("transitions")) {
            String from = edge.get(0).asText();
            String to = edge.get(1).asText();
            if (from.equals("*")) {
                STATUSES.stream().filter(s -> !s.equals(to)).forEach(s -> allowed.add(s + ">" + to));
            } else {
                allowed.add(from + ">" + to);
            }
        }
        return allowed;
    }

    private static int move(String nurse, long id, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", to);
        body.put("outcome", to.equals("completed") ? "ATTENDED" : to.equals("failed") ? "DECLINED" : null);
        return given().auth().oauth2(nurse).contentType("application/json").body(body)
                .post(API + "/" + id + "/transitions").then().extract().statusCode();
    }

    /** A self-directed referral brought to the given status along allowed moves. */
    private static long referralIn(String nurse, String status) {
        Map<String, Object> body = ReferralFlowTest.referral("Tilakone", false);
        body.put("send", !status.equals("draft"));
        long id = given().auth().oauth2(nurse).contentType("application/json").body(body).post(API).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<String> path = switch (status) {
            case "draft", "requested" -> List.of();
            case "accepted" -> List.of("accepted");
            case "in-progress" -> List.of("accepted", "in-progress");
            case "on-hold" -> List.of("accepted", "on-hold");
            case "completed" -> List.of("accepted", "completed");
            case "failed" -> List.of("accepted", "failed");
            case "rejected" -> List.of("rejected");
            case "cancelled" -> List.of("cancelled");
            default -> List.of("entered-in-error");
        };
        for (String step : path) {
            assertThat(move(nurse, id, step)).as("to " + step + " on the way to " + status).isEqualTo(200);
        }
        return id;
    }

    @Test
    void everyAllowedMoveSucceedsAndEveryOtherIsAConflict() throws IOException {
        Set<String> allowed = allowed();
        assertThat(allowed).contains("requested>accepted", "on-hold>in-progress", "completed>entered-in-error")
                .doesNotContain("completed>in-progress", "entered-in-error>entered-in-error");
        String nurse = DemoUsers.accessToken("nurse");
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                long id = referralIn(nurse, from);
                int expected = allowed.contains(from + ">" + to) ? 200 : 409;
                int answer = move(nurse, id, to);
                tried++;
                if (answer != expected) {
                    wrong.add(from + " -> " + to + ": " + answer + ", expected " + expected);
                }
            }
        }
        assertThat(tried).isEqualTo(100);
        assertThat(wrong).isEmpty();
    }
}
