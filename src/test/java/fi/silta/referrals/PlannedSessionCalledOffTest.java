package fi.silta.referrals;

import static fi.silta.referrals.PlaceFixtures.assign;
import static fi.silta.referrals.PlaceFixtures.linkPersonProfile;
import static fi.silta.referrals.PlaceFixtures.places;
import static fi.silta.referrals.PlaceFixtures.publicActivity;
import static fi.silta.referrals.PlaceFixtures.referWithReminders;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.common.Language;
import fi.silta.testsupport.StaffBrowser;

/**
 * A session a referral planned is called off (or moved) by its organiser: the case page says so, the link-person
 * and the nurse get a message, the client too, once; the client's sheet no longer lists it. The sheet is in the
 * client's language, large print, with the planned session marked and the check-in code as text and QR code.
 */
@QuarkusTest
class PlannedSessionCalledOffTest {

    private static final String LINK_PERSON_MAIL = "liisa.peruttu@example.org";
    private static final String NURSE_MAIL = "hoitaja.peruttu@example.org";

    @Inject
    PlaceFixtures fixtures;
    @Inject
    PlaceService places;
    @Inject
    MockMailbox mailbox;
    @Inject
    SmsGateway sms;

    @BeforeEach
    void profile() {
        linkPersonProfile("linkperson", LINK_PERSON_MAIL);
    }

    @Test
    void aCalledOffPlannedSessionIsShownOnTheCaseToldToBothAndLeftOffTheSheet() {
        long activity = fixtures.activity("Perumisjumppa", 10, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[1].id");
        OffsetDateTime start = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[1].start"));
        OffsetDateTime end = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[1].end"));
        String when = SessionTimes.format(start.toInstant(), end.toInstant(), Language.FI);
        long referral = referWithReminders("Perutunen", "fi", activity, session);
        fixtures.nurseEmail(referral, NURSE_MAIL);
        assign(referral);
        String path = "/staff/referrals/" + referral;

        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Document before = Jsoup.parse(nurse.get(path + "/print").asString());
        assertThat(before.select("li.planned").text()).contains(when);
        assertThat(before.select(".check-in-code").text()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(before.select(".qr-code svg path")).hasSize(1);
        mailbox.clear();
        int texts = sms.captured().size();

        fixtures.callOff(activity, session);

        StaffBrowser linkPerson = StaffBrowser.signIn("linkperson");
        Document casePage = Jsoup.parse(linkPerson.get(path).asString());
        assertThat(casePage.select(".notice.called-off").text()).contains("perui tai siirsi").contains(when);
        assertThat(casePage.select(".held-places li.called-off").text()).contains(when);
        assertThat(Jsoup.parse(nurse.get(path).asString()).select(".notice.called-off").text()).contains(when);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo(LINK_PERSON_MAIL).isEmpty()
                        && !mailbox.getMailsSentTo(NURSE_MAIL).isEmpty());
        for (String staff : new String[] { LINK_PERSON_MAIL, NURSE_MAIL }) {
            Mail told = mailbox.getMailsSentTo(staff).get(0);
            assertThat(told.getText()).contains("Perumisjumppa").contains(when).contains(path)
                    .doesNotContain("Perutunen").doesNotContain("Aino");
        }
        Mail client = mailbox.getMailsSentTo("asiakas.perutunen@example.org").get(0);
        assertThat(client.getText()).contains("Hei Aino").contains(when).doesNotContain("Perutunen");
        assertThat(sms.captured()).hasSize(texts + 1);

        Document after = Jsoup.parse(nurse.get(path + "/print").asString());
        assertThat(after.text()).doesNotContain(when);
        assertThat(after.select("li.planned")).isEmpty();
        assertThat(after.select(".sheet-called-off")).isNotEmpty();
        assertThat(after.select(".check-in-code")).as("a called-off place has no code to use").isEmpty();
        assertThat(places("nurse", referral).getString("[0].status")).isEqualTo("CALLED_OFF");

        // Told once: neither the night's run nor another look at the case sends it again.
        assertThat(places.noticeCalledOffSessions()).isZero();
        linkPerson.get(path);
        assertThat(mailbox.getMailsSentTo(LINK_PERSON_MAIL)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(NURSE_MAIL)).hasSize(1);
    }

    @Test
    void aMovedPlannedSessionIsNoticedToo() {
        long activity = fixtures.activity("Siirtojumppa", 10, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[1].id");
        long referral = referWithReminders("Siirretty", "fi", activity, session);
        fixtures.move(session);
        assertThat(places.noticeCalledOffSessions()).isPositive();
        assertThat(places("nurse", referral).getString("[0].status")).isEqualTo("CALLED_OFF");
    }

    @Test
    void theSheetIsInTheClientsLanguageInLargePrintWithWhatAClientNeeds() {
        long activity = fixtures.activity("Kamratgympa", 10, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[0].id");
        OffsetDateTime start = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[0].start"));
        OffsetDateTime end = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[0].end"));
        long referral = referWithReminders("Svensson", "sv", activity, session);
        fixtures.nurseEmail(referral, NURSE_MAIL);

        Document sheet = Jsoup.parse(StaffBrowser.signIn("nurse").get("/staff/referrals/" + referral + "/print?lang=fi")
                .asString());
        assertThat(sheet.select("html").attr("lang")).isEqualTo("sv");
        assertThat(sheet.select("h1").text()).isEqualTo("Välfärdsremiss: verksamhet som passar dig");
        assertThat(sheet.text()).contains("Hej Aino").doesNotContain("Hei Aino").doesNotContain("Svensson");
        String when = SessionTimes.format(start.toInstant(), end.toInstant(), Language.SV);
        assertThat(when).matches("(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) .*kl\\. \\d+\\.\\d\\d–\\d+\\.\\d\\d");
        assertThat(sheet.select("li.planned").text()).contains("Överenskommet tillfälle").contains(when);
        assertThat(sheet.select(".sheet-activity").text()).contains("Testikatu 1, 67100 Karleby")
                .contains("Pris").contains("Arrangör");
        assertThat(sheet.select(".sheet-contacts").text()).contains("Kokkolan seniorineuvola").contains(NURSE_MAIL);
        assertThat(sheet.select(".sheet-date").text()).startsWith("Daterad");
        assertThat(sheet.select("button[data-print]").text()).isEqualTo("Skriv ut");
        assertThat(sheet.select("script[src=/js/print-sheet.js]")).isNotEmpty();
        assertThat(sheet.select(".client-sheet")).isNotEmpty();
        String code = sheet.select(".check-in-code").text();
        assertThat(sheet.select(".qr-code svg").attr("aria-label")).isNotBlank();
        // The code on the sheet is the one that checks the client in, and it tells nothing of them.
        assertThat(places("nurse", referral).getString("[0].checkInCode")).isEqualTo(code.replace("-", ""));
    }
}
