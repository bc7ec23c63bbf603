package fi.silta.organisations.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * When an admin approves a request to join, the requester gets a mail in the language they wrote in: the
 * organisation, the next step and the sign-in link, and nothing about the admin who decided. A rejected request
 * sends no invitation.
 */
@QuarkusTest
class JoinInvitationTest {

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void anApprovedRequesterIsInvitedInTheirLanguageWithTheSignInLink() {
        long id = request("Karleby Promenadklubb rf", "sv", "promenad@example.org");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Response approved = admin.submit(queueWith("Promenadklubb") + "&lang=fi",
                "form[action=/staff/admin/requests/" + id + "/approve]", Map.of());
        assertThat(approved.statusCode()).isEqualTo(303);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo("promenad@example.org").isEmpty());
        List<Mail> mails = mailbox.getMailsSentTo("promenad@example.org");
        assertThat(mails).hasSize(1);
        Mail mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Silta: Karleby Promenadklubb rf har godkänts");
        assertThat(mail.getText()).startsWith("Hej Vera Vandrare,").contains("Nästa steg: logga in i Silta på "
                + "http://localhost:8080/staff?lang=sv").doesNotContain("hyväksytty");
        // Nothing of the admin who decided: neither their user name nor the name the pages show for them.
        String decider = given().auth().oauth2(DemoUsers.accessToken("admin")).queryParam("status", "APPROVED")
                .queryParam("size", 100).get("/api/v1/admin/organisation-requests").then().statusCode(200).extract()
                .jsonPath().getString("find { it.id == " + id + " }.decidedByShown");
        assertThat(decider).isNotBlank();
        assertThat(mail.getText()).doesNotContain(decider).doesNotContainPattern("\\badmin\\b");
        assertThat(mail.getSubject()).doesNotContain(decider);
        assertThat(mail.getTo()).containsExactly("promenad@example.org");
        assertThat(mail.getCc()).isEmpty();
        assertThat(mail.getReplyTo()).isNull();
    }

    @Test
    void aRejectedRequesterGetsNoInvitation() {
        long id = request("Kerho-torjuttava", "fi", "torjuttu@example.org");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Response rejected = admin.submit(queueWith("kerho-torjuttava"),
                "form[action=/staff/admin/requests/" + id + "/reject]", Map.of("reason", "Ei toimintaa."));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(mailbox.getMailsSentTo("torjuttu@example.org")).isEmpty();
    }

    private static long request(String name, String language, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Vera Vandrare");
        body.put("contactEmail", email);
        body.put("language", language);
        return given().contentType("application/json").body(body).post("/api/v1/organisation-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The list of waiting requests narrowed to one by its name. */
    private static String queueWith(String name) {
        return "/staff/admin/requests?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
