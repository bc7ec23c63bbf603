package fi.silta.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Emails about referrals, sent once the change is committed: to the link-person when a case is assigned to
 * them, to the nurse when their referral closes. A message carries a link and nothing about the client; a
 * failure to send is logged (without addresses) and does not undo the change. Sending is handed to the mailer
 * without waiting for the mail server, so the answer to the request does not wait for it either.
 */
@ApplicationScoped
class ReferralNotifier {

    /** A case was given to a link-person. */
    record Assigned(long referralId, String email) {
    }

    /** A referral was closed; the nurse hears of the outcome. */
    record Closed(long referralId, String email) {
    }

    private static final Logger LOG = Logger.getLogger(ReferralNotifier.class);

    private final ReactiveMailer mailer;
    private final ReferralsConfig config;

    ReferralNotifier(ReactiveMailer mailer, ReferralsConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) Assigned event) {
        send(event.email(), event.referralId(),
                "Silta: uusi tapaus sinulle / Nytt ärende till dig / A new case for you",
                "Sinulle on osoitettu uusi hyvinvointilähete. / Du har tilldelats en ny välfärdsremiss. / "
                        + "A wellbeing referral was assigned to you.");
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Closed event) {
        send(event.email(), event.referralId(),
                "Silta: lähetteesi on päättynyt / Din remiss har avslutats / Your referral has closed",
                "Tekemäsi hyvinvointilähete on päättynyt; katso tulos Siltasta. / Din välfärdsremiss har avslutats; "
                        + "se resultatet i Silta. / A referral you wrote has closed; see the outcome in Silta.");
    }

    private void send(String email, long referralId, String subject, String text) {
        if (email == null || email.isBlank()) {
            return;
        }
        String link = config.publicUrl().replaceAll("/+$", "") + "/staff/referrals/" + referralId;
        try {
            mailer.send(Mail.withText(email, subject, text + "\n\n" + link)).subscribe().with(sent -> {
            }, failure -> failed(referralId, failure));
        } catch (RuntimeException e) {
            failed(referralId, e);
        }
    }

    private static void failed(long referralId, Throwable failure) {
        LOG.warnf("A notification about referral %d could not be sent (%s)", referralId,
                failure.getClass().getSimpleName());
    }
}
