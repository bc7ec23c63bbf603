package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/** Sources sync on their interval: a due source gets a run, one synced lately or disabled does not. */
@QuarkusTest
class SyncSchedulerTest {

    private static FeedServer server;

    @Inject
    SyncScheduler scheduler;
    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
        server.serve("/due.ics", "text/calendar", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Silta tests//Scheduler//FI
                END:VCALENDAR
                """);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private void createdHoursAgo(String source, int hours) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE import_source SET created_at = now() - make_interval(hours => :hours) "
                        + "WHERE name = :name")
                .setParameter("hours", hours).setParameter("name", source).executeUpdate());
    }

    private static JsonPath runs(String token, String source) {
        return given().auth().oauth2(token).when().get("/api/v1/admin/sources/" + source + "/runs").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aSourceRunsWhenItsIntervalHasPassedAndNotBefore() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "due-hourly", "type", "ICS", "url", server.url("/due.ics"),
                "syncInterval", "PT1H"));
        ImportFixtures.createSource(token, Map.of("name", "due-but-off", "type", "ICS", "url",
                server.url("/due.ics"), "syncInterval", "PT1H", "enabled", false));
        ImportFixtures.createSource(token, Map.of("name", "not-due-yet", "type", "ICS", "url",
                server.url("/due.ics"), "syncInterval", "PT6H"));
        createdHoursAgo("due-hourly", 2);
        createdHoursAgo("due-but-off", 2);
        createdHoursAgo("not-due-yet", 2);

        scheduler.syncDue();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "SUCCEEDED".equals(runs(token, "due-hourly").getString("items[0].status")));
        assertThat(runs(token, "due-hourly").getString("items[0].trigger")).isEqualTo("SCHEDULE");
        assertThat(runs(token, "due-but-off").getInt("total")).isZero();
        assertThat(runs(token, "not-due-yet").getInt("total")).isZero();

        // Synced a moment ago: not due again for an hour.
        scheduler.syncDue();
        assertThat(runs(token, "due-hourly").getInt("total")).isEqualTo(1);
    }
}
