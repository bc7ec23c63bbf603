package fi.silta.organisations.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * What an admin sees when deciding a request to join: approving and rejecting ask first, approving lands on the new
 * organisation with a confirmation, the decision in words near the top and the requester's email with the next step;
 * rejecting confirms on the queue, where the latest decisions come before the waiting requests.
 */
@QuarkusTest
class JoinDecisionPagesTest {

    private static final String ADMIN_API = "/api/v1/admin/organisation-requests";

    @Test
    void approvingAsksFirstAndLandsOnTheNewOrganisationWithTheNextStep() {
        long id = submit("Halsuan Hiihtäjät ry", "hiihto@example.org");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        String queue = queueWith(admin, id);
        Element approve = Jsoup.parse(admin.get(queue).asString())
                .selectFirst("form[action=/staff/admin/requests/" + id + "/approve]");
        assertThat(approve).isNotNull();
        // The form opens from a disclosure that works without JavaScript, and asks before it approves.
        assertThat(approve.parent().is("details.danger")).isTrue();
        assertThat(approve.select("p").first().text()).startsWith("Hyväksytäänkö pyyntö?");

        Response approved = admin.submit(queue, "form[action=/staff/admin/requests/" + id + "/approve]", Map.of());
        assertThat(approved.statusCode()).isEqualTo(303);
        String landing = path(approved.header("Location"));
        assertThat(landing).matches("/staff/admin/organisations/[0-9]+\\?request=" + id + "&done=approved");

        Document page = Jsoup.parse(admin.get(landing + "&lang=fi").asString());
        assertThat(page.select("h1").text()).isEqualTo("Halsuan Hiihtäjät ry");
        assertThat(page.select("#confirmation[role=status]").text()).isEqualTo("Hyväksytty.");
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        String decision = page.select(".from-request .decision").text();
        assertThat(decision).startsWith("Hyväksytty " + today).contains("päätti ").doesNotContain("APPROVED");
        String shown = given().auth().oauth2(DemoUsers.accessToken("admin")).queryParam("status", "APPROVED")
                .queryParam("size", 100).get(ADMIN_API).jsonPath()
                .getString("find { it.id == " + id + " }.decidedByShown");
        assertThat(decision).endsWith("päätti " + shown);
        assertThat(page.select(".from-request .requester").text()).contains("hiihto@example.org");
        assertThat(page.select(".from-request a[href=mailto:hiihto@example.org]")).hasSize(1);
        assertThat(page.select(".from-request .next-step").text()).contains("käyttäjätunnuksellaan");
        // The decision comes before the members, near the top of the page.
        assertThat(page.select("h2").first().id()).isEqualTo("from-request");

        Document swedish = Jsoup.parse(admin.get(landing.replace("&done=approved", "") + "&lang=sv").asString());
        assertThat(swedish.select(".from-request .decision").text()).startsWith("Godkänd " + today)
                .contains("beslut av");
        assertThat(swedish.select("#confirmation")).isEmpty();

        // The next step: the requester, once signed in, is added by user name, and the page confirms it.
        String organisation = landing.replaceFirst("\\?.*", "");
        Response added = admin.submit(organisation + "?lang=fi", "form.add-member", Map.of("username", "publisher2"));
        assertThat(path(added.header("Location"))).isEqualTo(organisation + "?done=added");
        Document members = Jsoup.parse(admin.get(organisation + "?done=added&lang=fi").asString());
        assertThat(members.select("#confirmation").text()).isEqualTo("Lisätty.");
        Element remove = members.selectFirst("form[action=" + organisation + "/members/publisher2/remove]");
        assertThat(remove.parent().is("details.danger")).isTrue();
    }

    @Test
    void rejectingAsksFirstAndTheDecisionIsShownAboveTheQueue() {
        long id = submit("Hylättävä kerho", "hylatty@example.org");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        String queue = queueWith(admin, id);
        Element reject = Jsoup.parse(admin.get(queue).asString())
                .selectFirst("form[action=/staff/admin/requests/" + id + "/reject]");
        assertThat(reject.parent().is("details.danger")).isTrue();
        assertThat(reject.select("button.danger")).hasSize(1);

        Response rejected = admin.submit(queue, "form[action=/staff/admin/requests/" + id + "/reject]",
                Map.of("reason", "Ei hyvinvointitoimintaa."));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(path(rejected.header("Location"))).isEqualTo("/staff/admin/requests?done=rejected");

        Document page = Jsoup.parse(admin.get("/staff/admin/requests?done=rejected&lang=fi").asString());
        assertThat(page.select("#confirmation").text()).isEqualTo("Hylätty.");
        Element latest = page.selectFirst("section.decided li:contains(Hylättävä kerho)");
        assertThat(latest).isNotNull();
        assertThat(latest.text()).startsWith("Hylättävä kerho: Hylätty ").contains("päätti ").doesNotContain("REJECTED");
        Element firstRequest = page.selectFirst("article.request");
        if (firstRequest != null) {
            assertThat(page.select("section.decided, article.request").first().is("section.decided")).isTrue();
        }
    }

    private static long submit(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "069");
        body.put("contactName", "Hilkka Halsualainen");
        body.put("contactEmail", email);
        return given().contentType("application/json").body(body).post("/api/v1/organisation-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The page of the queue that holds the request: the queue is oldest first, twenty a page. */
    private static String queueWith(StaffBrowser admin, long id) {
        for (int page = 1; page < 100; page++) {
            String path = "/staff/admin/requests?lang=fi&page=" + page;
            Document queue = Jsoup.parse(admin.get(path).asString());
            if (!queue.select("form[action=/staff/admin/requests/" + id + "/approve]").isEmpty()) {
                return path;
            }
            if (queue.select("nav.paging a[rel=next]").isEmpty()) {
                break;
            }
        }
        throw new AssertionError("Request " + id + " is not in the queue");
    }

    private static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
