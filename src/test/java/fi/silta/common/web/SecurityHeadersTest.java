package fi.silta.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/**
 * Every page forbids framing and loads nothing from elsewhere; what a signed-in person works on is never kept in a
 * browser's or a proxy's cache, while the public catalogue may be.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarryAStrictPolicyAndForbidFraming() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", equalTo("DENY")).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void clientDataAndStaffWorkAreNeverCached() {
        given().auth().oauth2(DemoUsers.accessToken("nurse")).when().get("/api/v1/referrals").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().redirects().follow(false).when().get("/staff").then().header("Cache-Control", equalTo("no-store"));
        given().when().get("/api/v1/activities").then().statusCode(200).header("Cache-Control", nullValue());
    }
}
