package fi.silta.referrals;

import static fi.silta.referrals.PlaceFixtures.API;
import static fi.silta.referrals.PlaceFixtures.places;
import static fi.silta.referrals.PlaceFixtures.placesLeft;
import static fi.silta.referrals.PlaceFixtures.publicActivity;
import static fi.silta.referrals.PlaceFixtures.refer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * The loop's second half: a referral to a session holds a place in it, the organiser sees the places held in their
 * sessions and confirms attendance with the client's check-in code, and the nurse sees the outcome; a hold nobody
 * confirms expires and gives its place back; an organiser without the client's consent sees no client data.
 */
@QuarkusTest
class HeldPlacesTest {

    private static final List<String> ALL_CONSENTS = List.of("LINK_PERSON", "ACTIVITY_ORGANISER",
            "ANONYMOUS_STATISTICS");

    @Inject
    PlaceFixtures fixtures;
    @Inject
    PlaceService places;
    @Inject
    MockMailbox mailbox;

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void aReferralHoldsAPlaceAndTheOrganiserClosesTheLoopWithTheClientsCode() {
        long activity = fixtures.activity("Paikkajumppa", 3, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[0].id");
        assertThat(placesLeft(activity, session)).isEqualTo(3);

        PlaceFixtures.linkPersonProfile("linkperson", "liisa.paikka@example.org");
        long referral = refer("Paikallinen", activity, session, ALL_CONSENTS);

        assertThat(placesLeft(activity, session)).as("the place is held for the client").isEqualTo(2);
        Document publicPage = Jsoup.parse(given().get("/activities/" + activity + "?lang=fi").then().statusCode(200)
                .extract().asString());
        assertThat(publicPage.select("ul.sessions .places-left").eachText()).contains("2 paikkaa vapaana");
        JsonPath held = places("nurse", referral);
        assertThat(held.getString("[0].status")).isEqualTo("HELD");
        String code = held.getString("[0].checkInCode");
        assertThat(code).hasSize(10).doesNotContain("Aino").doesNotContain("131052");

        String coordinator = DemoUsers.accessToken("coordinator");
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .post(API + "/" + referral + "/assignment").then().statusCode(200);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("status", "accepted")).post(API + "/" + referral + "/transitions").then().statusCode(200);

        String organiser = DemoUsers.accessToken("publisher");
        String sessions = given().auth().oauth2(organiser).get("/api/v1/organiser/sessions").then().statusCode(200)
                .extract().asString();
        JsonPath mine = JsonPath.from(sessions);
        String path = "find { it.occurrenceId == " + session + " }";
        assertThat(mine.getInt(path + ".heldPlaces")).isEqualTo(1);
        assertThat(mine.getString(path + ".participants[0].firstName")).isEqualTo("Aino");
        assertThat(sessions).as("first name and session only").doesNotContain("Paikallinen", "131052", "+358",
                "laulu");

        given().auth().oauth2(organiser).contentType("application/json")
                .body(Map.of("code", code.substring(0, 5).toLowerCase() + "-" + code.substring(5)))
                .post("/api/v1/organiser/check-ins").then().statusCode(200).body("recorded", equalTo(true));
        given().auth().oauth2(organiser).contentType("application/json").body(Map.of("code", code))
                .post("/api/v1/organiser/check-ins").then().statusCode(409);

        given().auth().oauth2(DemoUsers.accessToken("nurse")).get(API + "/" + referral).then().statusCode(200)
                .body("status", equalTo("completed")).body("outcome", equalTo("ATTENDED"))
                .body("step", equalTo("ATTENDED")).body("history.actor", hasItem("publisher"));
        assertThat(places("nurse", referral).getString("[0].status")).isEqualTo("ATTENDED");
        assertThat(places("nurse", referral).getString("[0].confirmedBy")).isEqualTo("publisher");
        // The link-person hears of it: the session and a link, nothing of the client.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo("liisa.paikka@example.org")
                .stream().anyMatch(m -> m.getText().contains("vahvisti osallistumisen")));
        assertThat(mailbox.getMailsSentTo("liisa.paikka@example.org")).allSatisfy(
                m -> assertThat(m.getText()).doesNotContain("Paikallinen").doesNotContain("Aino"));
    }

    @Test
    void aHoldNobodyConfirmsExpiresAndAFullSessionSaysSo() {
        long activity = fixtures.activity("Täysijumppa", 1, "publisher");
        // A session weeks ahead, so the hold runs out before the session does.
        long session = publicActivity(activity).getLong("nextOccurrences[3].id");
        long first = refer("Ensimmäinen", activity, session, ALL_CONSENTS);
        assertThat(placesLeft(activity, session)).isZero();

        Map<String, Object> second = ReferralFlowTest.referral("Toinen", true);
        second.put("activityIds", List.of(activity));
        second.put("occurrenceId", session);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(second).post(API)
                .then().statusCode(400).body("errors[0].field", equalTo("occurrenceId"))
                .body("errors[0].code", equalTo("session-full"));

        MovableClock.advance(Duration.ofDays(6));
        places.expireHolds();
        assertThat(places("nurse", first).getString("[0].status")).isEqualTo("HELD");

        MovableClock.advance(Duration.ofDays(2));
        assertThat(places.expireHolds()).isPositive();
        assertThat(places("nurse", first).getString("[0].status")).isEqualTo("EXPIRED");
        assertThat(placesLeft(activity, session)).as("the place is free again").isEqualTo(1);
        refer("Toinen", activity, session, ALL_CONSENTS);
        assertThat(placesLeft(activity, session)).isZero();
    }

    @Test
    void aFullSessionSaysSoInTheNursesCasePage() {
        long activity = fixtures.activity("Yhden paikan jumppa", 1, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[0].id");
        refer("Ehtinyt", activity, session, ALL_CONSENTS);
        Map<String, Object> later = ReferralFlowTest.referral("Myöhässä", true);
        later.put("activityIds", List.of(activity));
        long second = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(later).post(API).then().statusCode(201).extract().jsonPath().getLong("id");

        Document casePage = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/referrals/" + second + "?lang=fi")
                .asString());
        Element first = casePage.selectFirst("ul.sessions li");
        assertThat(first.select(".session-full").text()).isEqualTo("täynnä");
        assertThat(first.select("form.plan")).as("a full session cannot be planned").isEmpty();
    }

    @Test
    void aPlaceIsGivenBackWhenTheClientDeclines() {
        long activity = fixtures.activity("Kieltäytymisjumppa", 2, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[0].id");
        long referral = refer("Kieltäytyvä", activity, session, ALL_CONSENTS);
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + referral + "/assignment").then()
                .statusCode(200);
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + referral + "/transitions").then().statusCode(200);
        assertThat(placesLeft(activity, session)).isEqualTo(1);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "DECLINED")).post(API + "/" + referral + "/transitions")
                .then().statusCode(200);
        assertThat(placesLeft(activity, session)).isEqualTo(2);
        assertThat(places("linkperson", referral).getString("[0].status")).isEqualTo("RELEASED");
    }

    @Test
    void anOrganiserWithoutTheClientsConsentSeesOnlyACount() {
        long activity = fixtures.activity("Suostumusjumppa", 5, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[0].id");
        long referral = refer("Salainen", activity, session, List.of("LINK_PERSON"));
        long placeId = places("nurse", referral).getLong("[0].id");

        String organiser = DemoUsers.accessToken("publisher");
        String sessions = given().auth().oauth2(organiser).get("/api/v1/organiser/sessions").then().statusCode(200)
                .extract().asString();
        String path = "find { it.occurrenceId == " + session + " }";
        assertThat(JsonPath.from(sessions).getInt(path + ".heldPlaces")).isEqualTo(1);
        assertThat(JsonPath.from(sessions).getList(path + ".participants")).isEmpty();
        assertThat(JsonPath.from(sessions).getMap(path).toString()).doesNotContain("Salainen", "Aino");
        assertThat(sessions).doesNotContain("Salainen");
        given().auth().oauth2(organiser).contentType("application/json").body(Map.of("attended", true))
                .post("/api/v1/organiser/places/" + placeId + "/attendance").then().statusCode(403)
                .body(not(containsString("Aino")));

        String page = StaffBrowser.signIn("publisher").get("/staff/organiser").then().statusCode(200).extract()
                .asString();
        Element section = Jsoup.parse(page).selectFirst("section.organiser-session:has(h2:containsOwn(Suostumusjumppa))");
        assertThat(section.text()).contains("Varattuja paikkoja: 1").doesNotContain("Aino");
        assertThat(section.select("ul.participants")).isEmpty();
        assertThat(page).doesNotContain("Salainen");

        // Another organisation's publisher sees nothing of the session at all.
        String other = given().auth().oauth2(DemoUsers.accessToken("publisher2")).get("/api/v1/organiser/sessions")
                .then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(other).getList("findAll { it.occurrenceId == " + session + " }")).isEmpty();
    }
}
