package fi.silta.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;

/** Drives import sources through the admin API, as an administrator would. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static String adminToken() {
        return DemoUsers.accessToken("admin");
    }

    public static void createSource(String token, String name, String type, String url) {
        createSource(token, Map.of("name", name, "type", type, "url", url,
                "defaults", Map.of("municipality", "272", "language", "fi")));
    }

    public static void createSource(String token, Map<String, Object> source) {
        given().auth().oauth2(token).contentType("application/json").body(source)
                .when().post("/api/v1/admin/sources")
                .then().statusCode(201);
    }

    /** Starts a run and waits for its end; returns the finished run as the API shows it. */
    public static JsonPath runToEnd(String token, String source, boolean force) {
        long id = given().auth().oauth2(token).queryParam("force", force)
                .when().post("/api/v1/admin/sources/" + source + "/runs")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        return awaitEnd(token, source, id);
    }

    public static JsonPath runToEnd(String token, String source) {
        return runToEnd(token, source, false);
    }

    public static JsonPath awaitEnd(String token, String source, long runId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(
                () -> given().auth().oauth2(token).when().get("/api/v1/admin/sources/" + source + "/runs/" + runId)
                        .then().statusCode(200).body("status", not("RUNNING")));
        return given().auth().oauth2(token).when().get("/api/v1/admin/sources/" + source + "/runs/" + runId)
                .then().statusCode(200).extract().jsonPath();
    }
}
