package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/** The coordinator gets link-persons suggested for a case; assignment and closing send a link, nothing more. */
@QuarkusTest
class ReferralAssignmentTest {

    @Inject
    MockMailbox mailbox;

    /** Other tests give linkperson cases of their own; room enough that a full caseload does not rank her down. */
    @BeforeEach
    void profiles() {
        mailbox.clear();
        String coordinator = DemoUsers.accessToken("coordinator");
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("displayName", "Liisa Linkki", "email", "liisa.linkki@example.org", "capacity", 500,
                        "municipalities", List.of("272", "236"), "languages", List.of("fi", "sv")))
                .put("/api/v1/link-persons/linkperson").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("displayName", "Leo Linkki", "email", "leo.linkki@example.org", "capacity", 10,
                        "municipalities", List.of("020"), "languages", List.of("sv")))
                .put("/api/v1/link-persons/linkperson2").then().statusCode(200);
    }

    @Test
    void theLinkPersonCoveringTheClientsMunicipalityAndLanguageComesFirst() {
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(ReferralFlowTest.referral("Heikkinen", true)).post("/api/v1/referrals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<String> ranked = given().auth().oauth2(DemoUsers.accessToken("coordinator"))
                .get("/api/v1/referrals/" + id + "/suggestions").then().statusCode(200).extract().jsonPath()
                .getList("username", String.class);
        // Others may have profiles too; of these two, the one covering the client's municipality comes first.
        assertThat(ranked).contains("linkperson", "linkperson2");
        assertThat(ranked.indexOf("linkperson")).isLessThan(ranked.indexOf("linkperson2"));
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).get("/api/v1/referrals/" + id + "/suggestions")
                .then().statusCode(403);
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("displayName", "", "capacity", -1, "municipalities", List.of("999")))
                .put("/api/v1/link-persons/linkperson3").then().statusCode(400);
    }

    @Test
    void assignmentAndClosingSendALinkAndNoClientData() {
        long id = given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json")
                .body(ReferralFlowTest.referral("Kettunen", true)).post("/api/v1/referrals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post("/api/v1/referrals/" + id + "/assignment")
                .then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo("liisa.linkki@example.org").isEmpty());
        Mail assigned = mailbox.getMailsSentTo("liisa.linkki@example.org").get(0);
        assertThat(assigned.getText()).contains("/staff/referrals/" + id).doesNotContain("Kettunen")
                .doesNotContain("Aino").doesNotContain("131052");

        String linkPerson = DemoUsers.accessToken("linkperson");
        given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(linkPerson).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "DECLINED"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getTotalMessagesSent() >= 2);
        assertThat(mailbox.getTotalMessagesSent()).isEqualTo(2);
    }
}
