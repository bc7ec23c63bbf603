package fi.silta.organisations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * The admin's queue of requests to join stays usable however many arrive: the page shows twenty at a time with the
 * count and a way on, the API pages with X-Total-Count. A decided request's contact person's details are cleared
 * once their time is up; an undecided request expires.
 */
@QuarkusTest
class JoinRequestQueueTest {

    private static final String API = "/api/v1/organisation-requests";
    private static final String ADMIN_API = "/api/v1/admin/organisation-requests";

    @Inject
    OrganisationAdminService organisations;

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void theQueueIsPaged() {
        String admin = DemoUsers.accessToken("admin");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            made.add(request("Jonoyhdistys " + i));
        }
        try {
            pages(admin);
        } finally {
            // The queue is left as it was found for the tests that read it.
            for (long id : made) {
                given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "testi"))
                        .post(ADMIN_API + "/" + id + "/reject");
            }
        }
    }

    private static void pages(String admin) {
        Response first = given().auth().oauth2(admin).queryParam("size", 10).get(ADMIN_API);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getList("$")).hasSize(10);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(25);
        given().auth().oauth2(admin).queryParam("size", 101).get(ADMIN_API).then().statusCode(400);

        StaffBrowser browser = StaffBrowser.signIn("admin");
        Document page = Jsoup.parse(browser.get("/staff/admin/requests").asString());
        assertThat(page.select("article.request")).hasSize(20);
        assertThat(page.select("nav.paging a[rel=next]").attr("href")).isEqualTo("/staff/admin/requests?page=2");
        Document second = Jsoup.parse(browser.get("/staff/admin/requests?page=2").asString());
        assertThat(second.select("article.request")).hasSizeBetween(1, 20);
        assertThat(second.select("nav.paging a[rel=prev]").attr("href")).isEqualTo("/staff/admin/requests?page=1");
    }

    @Test
    void aDecidedRequestsContactDetailsAreClearedAndAnUndecidedOneExpires() {
        long decided = request("Päätetty ry");
        long waiting = request("Odottava ry");
        String admin = DemoUsers.accessToken("admin");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "Ei toimintaa alueella"))
                .post(ADMIN_API + "/" + decided + "/reject").then().statusCode(200);

        MovableClock.advance(Duration.ofDays(91));
        organisations.expireRequests();
        Map<String, Object> cleared = find(admin, "REJECTED", decided);
        assertThat(cleared).containsEntry("contactName", null).containsEntry("contactEmail", null)
                .containsEntry("contactPhone", null).containsEntry("message", null).containsEntry("name", "Päätetty ry");
        assertThat(find(admin, "PENDING", waiting)).isNotNull();

        MovableClock.advance(Duration.ofDays(100));
        organisations.expireRequests();
        assertThat(find(admin, "PENDING", waiting)).isNull();
        assertThat(find(admin, "REJECTED", waiting)).containsEntry("decidedBy", "system");
    }

    /** The request among those with the status, looked for on every page; null when it is not there. */
    private static Map<String, Object> find(String admin, String status, long id) {
        for (int page = 0;; page++) {
            JsonPath found = given().auth().oauth2(admin).queryParam("status", status).queryParam("size", 100)
                    .queryParam("page", page).get(ADMIN_API).then().statusCode(200).extract().jsonPath();
            if (found.getList("$").isEmpty()) {
                return null;
            }
            Map<String, Object> request = found.getMap("find { it.id == " + id + " }");
            if (request != null) {
                return request;
            }
        }
    }

    static long request(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Yhteys Henkilö");
        body.put("contactEmail", "yhteys@example.org");
        body.put("contactPhone", "040 123 4567");
        body.put("message", "Haluamme mukaan");
        return given().contentType("application/json").body(body).post(API).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
