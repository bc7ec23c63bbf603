package fi.silta.organisations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;

/**
 * Anonymous requests to join are limited per address: beyond the limit the API answers 429 with Retry-After and
 * stores nothing, and the public form shows a page saying so. Signed-in staff are not counted.
 */
@QuarkusTest
@TestProfile(AnonymousWriteLimitTest.LowLimits.class)
class AnonymousWriteLimitTest {

    /** Three writes an address an hour. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("silta.security.anonymous-writes.per-address", "3",
                    "silta.security.anonymous-writes.overall", "1000");
        }
    }

    @Test
    void beyondTheLimitAnAddressGets429WithRetryAfter() {
        long before = pending();
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(body("Rajattu " + i)).post("/api/v1/organisation-requests")
                    .then().statusCode(201);
        }
        Response refused = given().contentType("application/json").body(body("Liikaa ry"))
                .post("/api/v1/organisation-requests");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(pending()).isEqualTo(before + 3);

        Response page = given().get("/organisations/join");
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").val();
        Response form = given().redirects().follow(false).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", token, "name", "Lomake ry", "type", "NGO", "municipality", "272",
                        "contactName", "X", "contactEmail", "x@example.org"))
                .post("/organisations/join");
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.header("Retry-After")).isNotBlank();
    }

    private static long pending() {
        return Long.parseLong(given().auth().oauth2(DemoUsers.accessToken("admin")).queryParam("size", 1)
                .get("/api/v1/admin/organisation-requests").then().statusCode(200).extract().header("X-Total-Count"));
    }

    private static Map<String, Object> body(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Yhteys Henkilö");
        body.put("contactEmail", "yhteys@example.org");
        return body;
    }
}
