package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.ImportFixtures;

/**
 * A user name and password in a source URL would not be sent (the fetcher does not log in) and would be shown to
 * every administrator, so such a URL is refused, and one saved before that is never shown or fetched.
 */
@QuarkusTest
class SourceCredentialsTest {

    private static final String WITH_CREDENTIALS = "https://kayttaja:salasana123@kalenteri.example.org/tapahtumat.ics";

    @Inject
    ImportSourceRepository sources;

    @Test
    void aUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
        String token = ImportFixtures.adminToken();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", "tunnukset", "type", "ICS", "url", WITH_CREDENTIALS))
                .when().post("/api/v1/admin/sources")
                .then().statusCode(400)
                .body("errors.field", hasItem("url"))
                .body(not(containsString("salasana123")));
        given().auth().oauth2(token).when().get("/api/v1/admin/sources/tunnukset").then().statusCode(404);
    }

    @Test
    void aSourceSavedWithCredentialsEarlierHidesThemAndItsRunsFailSayingWhy() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "vanhat-tunnukset", "ICS", "https://kalenteri.example.org/tapahtumat.ics");
        QuarkusTransaction.requiringNew().run(() -> sources.findByName("vanhat-tunnukset").orElseThrow()
                .point(SourceType.ICS, WITH_CREDENTIALS));

        given().auth().oauth2(token).when().get("/api/v1/admin/sources/vanhat-tunnukset").then().statusCode(200)
                .body("url", equalTo("https://***@kalenteri.example.org/tapahtumat.ics"));
        given().auth().oauth2(token).when().get("/api/v1/admin/sources").then().statusCode(200)
                .body(not(containsString("salasana123")));
        JsonPath run = ImportFixtures.runToEnd(token, "vanhat-tunnukset");
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("user name or password").doesNotContain("salasana123");
    }
}
