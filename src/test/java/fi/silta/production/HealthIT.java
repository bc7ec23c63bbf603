package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployed application reports itself ready only with its database and search engine, and alive; its metrics
 * are on the management port, which a deployment does not publish, not on the main one.
 */
class HealthIT {

    @BeforeAll
    static void deployed() {
        ProductionStack.get().restAssured();
    }

    @Test
    void readinessNamesTheDatabaseAndTheSearchEngine() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Search engine"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiRefusesAnonymousCallersWithProblemDetails() {
        given().when().get("/api/v1/referrals").then().statusCode(401);
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void metricsAreServedOnTheManagementPortOnly() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(ProductionStack.get().managementUrl() + "/q/metrics").then().statusCode(200);
    }
}
