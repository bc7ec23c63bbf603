package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/** An admin rebuilds the index from the database, and activities the index had lost are found again. */
@QuarkusTest
class ReindexTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void activitiesMissingFromTheIndexAreFoundAfterARebuild() {
        // Written straight to the database, as a restored backup would be: the index has never seen them.
        fixtures.manyActivities(List.of(ActivitySpec.titled("Kantele tutuksi"),
                ActivitySpec.titled("Kantele ja laulu")));
        given().queryParam("q", "kantele").get("/api/v1/activities").then().statusCode(200).body("total", equalTo(0));

        String admin = DemoUsers.accessToken("admin");
        awaitIdle(admin);
        given().auth().oauth2(admin).post("/api/v1/admin/search/reindex").then().statusCode(202)
                .header("Location", endsWith("/api/v1/admin/search/reindex")).body("status", equalTo("RUNNING"))
                .body("startedBy", equalTo("admin"));
        awaitIdle(admin);
        JsonPath done = given().auth().oauth2(admin).get("/api/v1/admin/search/reindex").then().extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getLong("documents")).isGreaterThanOrEqualTo(2);
        assertThat(done.getString("finishedAt")).isNotBlank();

        given().queryParam("q", "kantele").get("/api/v1/activities").then().statusCode(200).body("total", equalTo(2));
    }

    private static void awaitIdle(String admin) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !"RUNNING"
                .equals(given().auth().oauth2(admin).get("/api/v1/admin/search/reindex").then().statusCode(200)
                        .extract().path("status")));
    }

    @Test
    void onlyAnAdminRebuilds() {
        given().auth().oauth2(DemoUsers.accessToken("publisher")).post("/api/v1/admin/search/reindex").then()
                .statusCode(403).contentType("application/problem+json");
        given().post("/api/v1/admin/search/reindex").then().statusCode(401);
    }
}
