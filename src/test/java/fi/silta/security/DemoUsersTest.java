package fi.silta.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/** Every demo user listed in the README signs in with its name as password and holds its role. */
@QuarkusTest
class DemoUsersTest {

    @ParameterizedTest
    @CsvSource({ "nurse,nurse", "linkperson,link_person", "linkperson2,link_person", "coordinator,coordinator",
            "coordinator2,coordinator",
            "publisher,publisher", "admin,admin", "analyst,analyst",
            "host,task_host", "helper,helper", "vetter,vetter" })
    void demoUserHasItsRole(String username, String role) {
        given().auth().oauth2(DemoUsers.accessToken(username))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("roles", contains(role));
    }

    @Test
    void anonymousCallersAreNotSignedIn() {
        given().redirects().follow(false).accept("application/json").when().get("/api/v1/me").then().statusCode(401);
    }
}
