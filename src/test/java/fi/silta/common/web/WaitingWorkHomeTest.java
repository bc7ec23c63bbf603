package fi.silta.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * The staff home shows the publisher their listings to confirm and the admin the requests to join and the failed
 * imports that wait, each a count with a link to where the work is done.
 */
@QuarkusTest
class WaitingWorkHomeTest {

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Test
    void thePublisherSeesTheirListingsToConfirmCountedAndLinked() {
        long activity = fixtures.weeklyActivity("Vanheneva kotisivulla", "FREQ=WEEKLY;BYDAY=MO");
        long organisation = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT organisation_id FROM activity WHERE id = ?1").setParameter(1, activity)
                .getSingleResult()).longValue());
        given().auth().oauth2(DemoUsers.accessToken("admin"))
                .put("/api/v1/admin/organisations/" + organisation + "/members/publisher").then().statusCode(204);
        String link = "a[href=/staff/organisations/" + organisation + "]";
        StaffBrowser publisher = StaffBrowser.signIn("publisher");
        Document before = Jsoup.parse(publisher.get("/staff?lang=en").asString());
        assertThat(before.select("section:has(h2:containsOwn(Listings to confirm)) " + link)).isEmpty();

        fixtures.lastConfirmed(activity, Duration.ofDays(400));
        Document after = Jsoup.parse(publisher.get("/staff?lang=en").asString());
        assertThat(after.select("section:has(h2:containsOwn(Listings to confirm)) " + link).text())
                .endsWith("to confirm 1");
    }

    @Test
    void theAdminSeesWaitingRequestsAndFailedImportsCountedAndLinked() {
        given().contentType("application/json")
                .body(Map.of("name", "Kotisivukerho " + System.nanoTime() + " ry", "type", "NGO", "municipality", "272",
                        "contactName", "Matti", "contactEmail", "matti@example.org"))
                .post("/api/v1/organisation-requests").then().statusCode(201);
        Document home = Jsoup.parse(StaffBrowser.signIn("admin").get("/staff?lang=en").asString());
        String requests = home.select("a[href=/staff/admin/requests]").text();
        assertThat(requests).startsWith("Requests waiting for a decision: ");
        assertThat(Integer.parseInt(requests.replaceAll("\\D", ""))).isPositive();
        assertThat(home.select("a[href=/staff/admin/sources]").text()).startsWith("Sources whose latest run failed: ");
        // A publisher's home shows neither.
        Document publisher = Jsoup.parse(StaffBrowser.signIn("publisher").get("/staff?lang=en").asString());
        assertThat(publisher.select("a[href=/staff/admin/requests]")).isEmpty();
    }
}
