package fi.silta.referrals;

import static fi.silta.referrals.PlaceFixtures.assign;
import static fi.silta.referrals.PlaceFixtures.linkPersonProfile;
import static fi.silta.referrals.PlaceFixtures.publicActivity;
import static fi.silta.referrals.PlaceFixtures.referWithReminders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.common.Language;
import fi.silta.testsupport.MovableClock;

/**
 * Reminders and cancellations reach the client once, at the right time, in their language, by email and through
 * the SMS gateway (a small server the test starts); the link-person hears of a cancellation. Nothing of the client
 * beyond the first name and the session.
 */
@QuarkusTest
@QuarkusTestResource(value = SmsGatewayServer.class, restrictToAnnotatedClass = true)
class RemindersTest {

    private static final String LINK_PERSON_MAIL = "liisa.muistutus@example.org";

    @Inject
    PlaceFixtures fixtures;
    @Inject
    PlaceService places;
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void clean() {
        linkPersonProfile("linkperson", LINK_PERSON_MAIL);
        mailbox.clear();
        SmsGatewayServer.RECEIVED.clear();
    }

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void theClientIsRemindedTheDayBeforeOnceInTheirLanguageByMailAndText() {
        long activity = fixtures.activity("Påminnelsegympa", 10, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[1].id");
        OffsetDateTime start = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[1].start"));
        OffsetDateTime end = OffsetDateTime.parse(publicActivity(activity).getString("nextOccurrences[1].end"));
        referWithReminders("Svensk", "sv", activity, session);

        places.sendReminders();
        assertThat(mailbox.getMailsSentTo("asiakas.svensk@example.org")).as("too early").isEmpty();

        MovableClock.advance(Duration.between(Instant.now(), start.toInstant()).minusHours(20));
        assertThat(places.sendReminders()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo("asiakas.svensk@example.org").isEmpty()
                        && !texts("Påminnelsegympa").isEmpty());
        Mail mail = mailbox.getMailsSentTo("asiakas.svensk@example.org").get(0);
        String when = SessionTimes.format(start.toInstant(), end.toInstant(), Language.SV);
        assertThat(mail.getSubject()).isEqualTo("Påminnelse: verksamhet i morgon");
        assertThat(mail.getText()).contains("Hej Aino").contains(when).doesNotContain("Svensk")
                .doesNotContain("131052");
        List<SmsGatewayServer.Received> texts = texts("Påminnelsegympa");
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).body()).contains("+358 40 123 4567").contains(when).doesNotContain("Svensk");
        assertThat(texts.get(0).authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("silta-test:gateway-secret".getBytes(StandardCharsets.UTF_8)));

        places.sendReminders();
        MovableClock.advance(Duration.ofHours(2));
        places.sendReminders();
        assertThat(mailbox.getMailsSentTo("asiakas.svensk@example.org")).as("once").hasSize(1);
        assertThat(texts("Påminnelsegympa")).hasSize(1);
    }

    @Test
    void aCancelledSessionTellsTheClientAndTheLinkPersonOnce() {
        long activity = fixtures.activity("Peruttu muistutusjumppa", 10, "publisher");
        long session = publicActivity(activity).getLong("nextOccurrences[2].id");
        long referral = referWithReminders("Suomalainen", "fi", activity, session);
        assign(referral);
        mailbox.clear();
        fixtures.callOff(activity, session);

        assertThat(places.noticeCalledOffSessions()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailbox.getMailsSentTo("asiakas.suomalainen@example.org").isEmpty()
                        && !mailbox.getMailsSentTo(LINK_PERSON_MAIL).isEmpty()
                        && !texts("Peruttu muistutusjumppa").isEmpty());
        assertThat(mailbox.getMailsSentTo("asiakas.suomalainen@example.org").get(0).getText()).contains("Hei Aino")
                .contains("on peruttu").doesNotContain("Suomalainen");
        assertThat(texts("Peruttu muistutusjumppa")).hasSize(1);
        assertThat(texts("Peruttu muistutusjumppa").get(0).body()).contains("Hei Aino").contains("on peruttu");
        assertThat(mailbox.getMailsSentTo(LINK_PERSON_MAIL).get(0).getText()).contains("/staff/referrals/" + referral)
                .doesNotContain("Aino");

        assertThat(places.noticeCalledOffSessions()).isZero();
        places.sendReminders();
        assertThat(mailbox.getMailsSentTo("asiakas.suomalainen@example.org")).as("no reminder of it").hasSize(1);
        assertThat(texts("Peruttu muistutusjumppa")).hasSize(1);
    }

    private static List<SmsGatewayServer.Received> texts(String containing) {
        return SmsGatewayServer.RECEIVED.stream().filter(r -> r.body().contains(containing)).toList();
    }
}
