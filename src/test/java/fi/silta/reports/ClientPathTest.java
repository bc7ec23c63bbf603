package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * A client's path across their referrals, shown to those who may read each one, and the coordinator's flags for
 * clients falling off the path, raised on a clock the test moves at the thresholds of {@code silta.reports.falling-off}
 * (3 contacts, 7 days unassigned, 14 days without a step).
 */
@QuarkusTest
class ClientPathTest {

    private static final String API = "/api/v1/referrals";

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void aClientsPathListsEveryReferralTheReaderMayReadInTimeOrder() {
        String nurse = DemoUsers.accessToken("nurse");
        String code = temporaryIdentityCode();
        long first = write(nurse, code, true);
        assign(first);
        accept(first);
        step(first, "FIRST_CONTACT");
        MovableClock.advance(Duration.ofDays(20));
        long second = write(nurse, code, false);

        JsonPath path = given().auth().oauth2(nurse).get("/api/v1/reports/paths/" + first).then().statusCode(200)
                .extract().jsonPath();
        assertThat(path.getList("referralId", Long.class)).containsExactly(first, first, first, first, first, second);
        assertThat(path.getList("kind")).containsExactly("WRITTEN", "HANDOVER", "STATUS", "STEP", "CONTACT",
                "WRITTEN");
        assertThat(path.getList("role")).containsExactly("nurse", "coordinator", "link_person", "link_person",
                "link_person", "nurse");
        assertThat(path.getString("[3].step")).isEqualTo("FIRST_CONTACT");
        assertThat(path.getString("[4].contact")).isEqualTo("PHONE");

        // The link-person works only the first referral: the second, not theirs, is not on the path they see.
        String linkPerson = DemoUsers.accessToken("linkperson");
        assertThat(given().auth().oauth2(linkPerson).get("/api/v1/reports/paths/" + first).then().statusCode(200)
                .extract().jsonPath().getList("referralId", Long.class)).doesNotContain(second);
        given().auth().oauth2(linkPerson).get("/api/v1/reports/paths/" + second).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("analyst")).get("/api/v1/reports/paths/" + first).then()
                .statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("publisher")).get("/api/v1/reports/paths/" + first).then()
                .statusCode(403);

        Document page = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/reports/paths/" + first + "?lang=en")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("table.client-path tbody tr")).hasSize(6);
        assertThat(page.select("table.client-path tbody tr").get(3).text()).contains("step: first contact");
    }

    @Test
    void casesFallingOffThePathAreFlaggedAtTheirThresholds() {
        String nurse = DemoUsers.accessToken("nurse");
        long notReached = write(nurse, null, true);
        assign(notReached);
        accept(notReached);
        for (int i = 0; i < 3; i++) {
            contact(notReached);
        }
        long returned = write(nurse, null, true);
        assign(returned);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("reason", "Täysi työlista")).post(API + "/" + returned + "/return").then().statusCode(200);
        long waiting = write(nurse, null, true);
        long silent = write(nurse, null, true);
        assign(silent);
        accept(silent);
        step(silent, "FIRST_CONTACT");
        long twoContacts = write(nurse, null, true);
        assign(twoContacts);
        accept(twoContacts);
        contact(twoContacts);
        contact(twoContacts);

        JsonPath now = fallingOff();
        assertThat(flags(now, notReached)).containsExactly("NOT_REACHED");
        assertThat(flags(now, returned)).containsExactly("RETURNED");
        assertThat(flags(now, waiting)).isNull();
        assertThat(flags(now, silent)).isNull();
        assertThat(flags(now, twoContacts)).isNull();

        MovableClock.advance(Duration.ofDays(6));
        assertThat(flags(fallingOff(), waiting)).isNull();
        MovableClock.advance(Duration.ofDays(1));
        JsonPath week = fallingOff();
        assertThat(flags(week, waiting)).containsExactly("WAITING_UNASSIGNED");
        assertThat(flags(week, returned)).containsExactly("RETURNED", "WAITING_UNASSIGNED");
        assertThat(flags(week, silent)).isNull();

        MovableClock.advance(Duration.ofDays(7));
        JsonPath fortnight = fallingOff();
        assertThat(flags(fortnight, silent)).containsExactly("NO_STEP");
        assertThat(flags(fortnight, twoContacts)).containsExactly("NO_STEP");
        assertThat(fortnight.getLong("find { it.id == " + silent + " }.daysSinceLastActivity")).isEqualTo(14);

        given().auth().oauth2(DemoUsers.accessToken("analyst")).get("/api/v1/reports/falling-off").then()
                .statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).get("/api/v1/reports/falling-off").then()
                .statusCode(403);
        Document page = Jsoup.parse(StaffBrowser.signIn("coordinator").get("/staff/reports/falling-off?lang=en")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("tr[data-referral=" + silent + "]").text()).contains("nothing recorded");
        assertThat(page.select("tr[data-referral=" + silent + "] a[href='/staff/reports/paths/" + silent + "']"))
                .hasSize(1);
    }

    private static JsonPath fallingOff() {
        return given().auth().oauth2(DemoUsers.accessToken("coordinator")).get("/api/v1/reports/falling-off").then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<String> flags(JsonPath list, long id) {
        if (!list.getList("id", Long.class).contains(id)) {
            return null;
        }
        return list.getList("find { it.id == " + id + " }.flags");
    }

    /** A temporary identity code (individual number 900–999) of its own for each run, with its check character. */
    private static String temporaryIdentityCode() {
        int individual = 900 + (int) (System.nanoTime() % 100);
        String date = "010170";
        long number = Long.parseLong(date + individual);
        return date + "-" + individual + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (number % 31));
    }

    private static long write(String nurse, String identityCode, boolean linkPerson) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Polku");
        client.put("language", "fi");
        if (identityCode != null) {
            client.put("identityCode", identityCode);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", linkPerson);
        body.put("linkPersonReason", linkPerson ? "Ei lähde yksin" : null);
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        return given().auth().oauth2(nurse).contentType("application/json").body(body).post(API).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void assign(long id) {
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + id + "/assignment").then().statusCode(200);
    }

    private static void accept(long id) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("status", "accepted")).post(API + "/" + id + "/transitions").then().statusCode(200);
    }

    private static void step(long id, String step) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("step", step)).post(API + "/" + id + "/steps").then().statusCode(200);
        if (step.equals("FIRST_CONTACT")) {
            contact(id);
        }
    }

    private static void contact(long id) {
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString()))
                .post(API + "/" + id + "/contacts").then().statusCode(201);
    }
}
