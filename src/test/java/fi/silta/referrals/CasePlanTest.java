package fi.silta.referrals;

import static fi.silta.referrals.PlaceFixtures.API;
import static fi.silta.referrals.PlaceFixtures.assign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Consents shown, changed and withdrawn on the case page with who and when (withdrawing the link-person consent
 * ends the assignment); the next step planned with a date; the follow-up reminder of a nurse working alone; the
 * demo caseload in every status.
 */
@QuarkusTest
class CasePlanTest {

    @Inject
    PlaceFixtures fixtures;
    @Inject
    FollowUps followUps;
    @Inject
    DemoReferrals demo;
    @Inject
    EntityManager entityManager;
    @Inject
    MockMailbox mailbox;

    private static long refer(String lastName, boolean linkPerson) {
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(ReferralFlowTest.referral(lastName, linkPerson)).post(API).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void consentsAreShownChangedAndWithdrawnWithWhoAndWhen() {
        long id = refer("Suostuja", true);
        assign(id);
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        String path = "/staff/referrals/" + id;
        Document before = Jsoup.parse(nurse.get(path + "?lang=fi").asString());
        assertThat(before.select("section.consents li").eachText()).anySatisfy(
                line -> assertThat(line).startsWith("Linkkihenkilö saa asiakkaan tiedot: annettu (kirjasi nurse"))
                .anySatisfy(line -> assertThat(line).startsWith("Toiminnan järjestäjä saa asiakkaan tiedot: ei annettu"));

        assertThat(nurse.submit(path, "section.consents li:contains(Toiminnan järjestäjä) form", Map.of())
                .statusCode()).isEqualTo(303);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get(API + "/" + id).then()
                .body("consents.find { it.recipient == 'ACTIVITY_ORGANISER' }.given", equalTo(true))
                .body("consents.find { it.recipient == 'ACTIVITY_ORGANISER' }.recordedBy", equalTo("nurse"));

        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).get(API + "/" + id).then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("recipient", "LINK_PERSON", "given", false)).put(API + "/" + id + "/consents").then()
                .statusCode(204);
        given().auth().oauth2(linkPerson).get(API + "/" + id).then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get(API + "/" + id).then().statusCode(200)
                .body("assignedTo", nullValue())
                .body("consents.find { it.recipient == 'LINK_PERSON' }.given", equalTo(false))
                .body("consents.find { it.recipient == 'LINK_PERSON' }.recordedBy", equalTo("linkperson"));
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).get(API + "/" + id).then().statusCode(403);
    }

    @Test
    void theLinkPersonPlansTheNextStepWithADate() {
        long id = refer("Suunniteltu", true);
        assign(id);
        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post(API + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).get(API + "/" + id + "/next-step").then().statusCode(200)
                .body("step", equalTo("FIRST_CONTACT")).body("planned", equalTo(false));
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(5);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("step", "ACCOMPANIED_VISIT_PLANNED", "dueOn", due.toString()))
                .put(API + "/" + id + "/next-step").then().statusCode(200).body("planned", equalTo(true));
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("step", "ATTENDED", "dueOn", due.minusDays(30).toString()))
                .put(API + "/" + id + "/next-step").then().statusCode(400).body("errors[0].field", equalTo("dueOn"));
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(Map.of("step", "ATTENDED", "dueOn", due.toString())).put(API + "/" + id + "/next-step").then()
                .statusCode(403);

        Document page = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/referrals/" + id + "?lang=fi").asString());
        assertThat(page.select("section.next-step p").first().text()).contains("viimeistään "
                + due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear());
        assertThat(page.select("form.plan-next-step")).as("the nurse does not work this case").isEmpty();
    }

    @Test
    void theNurseWorkingAloneIsRemindedOnTheFollowUpDayOnce() {
        var body = ReferralFlowTest.referral("Seurattava", false);
        body.put("followUpOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
        fixtures.nurseEmail(id, "seuraava.hoitaja@example.org");
        mailbox.clear();
        assertThat(followUps.remindNurses()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo("seuraava.hoitaja@example.org").isEmpty());
        assertThat(mailbox.getMailsSentTo("seuraava.hoitaja@example.org").get(0).getText())
                .contains("/staff/referrals/" + id).doesNotContain("Seurattava").doesNotContain("Aino");
        followUps.remindNurses();
        assertThat(mailbox.getMailsSentTo("seuraava.hoitaja@example.org")).hasSize(1);
    }

    @Test
    void theDemoCaseloadHasAReferralInEveryStatus() {
        QuarkusTransaction.requiringNew().run(demo::seed);
        Set<ReferralStatus> statuses = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select r.status from Referral r where r.unit = 'Kokkolan seniorineuvola'",
                        ReferralStatus.class)
                .getResultStream().collect(Collectors.toSet()));
        assertThat(statuses).containsAll(EnumSet.allOf(ReferralStatus.class));
    }
}
