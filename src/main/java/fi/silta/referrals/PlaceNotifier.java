package fi.silta.referrals;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.CatalogueService;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;

/**
 * Messages about held places, sent once the change is committed: reminders and called-off sessions to the client
 * (in their language, by email and by text message, when they consented to reminders; only the first name and the
 * session), and called-off sessions and attendance to the nurse and the link-person (the session and a link, no
 * client data). A failure to send is logged without addresses and undoes nothing.
 */
@ApplicationScoped
class PlaceNotifier {

    enum Kind {
        REMINDER,
        CALLED_OFF,
        ATTENDED,
        NOT_ATTENDED
    }

    /** What happened to a place, with where to tell it; captured inside the transaction. */
    record PlaceEvent(Kind kind, long referralId, long activityId, Instant start, Instant end, String firstName,
            Language language, String clientEmail, String clientPhone, boolean clientReminded, String nurseEmail,
            String linkPersonEmail) {

        static PlaceEvent of(Kind kind, Referral referral, HeldPlace place, String linkPersonEmail) {
            Client client = referral.client();
            return new PlaceEvent(kind, referral.id(), place.activityId(), place.startsAt(), place.endsAt(),
                    client.firstName(), client.language(), client.email(), client.phone(),
                    referral.consented(ConsentRecipient.REMINDERS), referral.nurseEmail(), linkPersonEmail);
        }
    }

    private static final Logger LOG = Logger.getLogger(PlaceNotifier.class);

    private final Mailer mailer;
    private final SmsGateway sms;
    private final CatalogueService catalogue;
    private final ReferralsConfig config;

    PlaceNotifier(Mailer mailer, SmsGateway sms, CatalogueService catalogue, ReferralsConfig config) {
        this.mailer = mailer;
        this.sms = sms;
        this.catalogue = catalogue;
        this.config = config;
    }

    void happened(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceEvent event) {
        switch (event.kind()) {
            case REMINDER -> toClient(event, true);
            case CALLED_OFF -> {
                toClient(event, false);
                toStaff(event, event.nurseEmail());
                toStaff(event, event.linkPersonEmail());
            }
            case ATTENDED, NOT_ATTENDED -> toStaff(event, event.linkPersonEmail());
        }
    }

    private void toClient(PlaceEvent event, boolean reminder) {
        if (!event.clientReminded()) {
            return;
        }
        PlaceMessages text = messages(event.language());
        String activity = title(event.activityId(), event.language());
        String when = SessionTimes.format(event.start(), event.end(), event.language());
        String subject = reminder ? text.reminder_subject() : text.called_off_client_subject();
        String body = reminder ? text.reminder_text(event.firstName(), activity, when)
                : text.called_off_client_text(event.firstName(), activity, when);
        if (event.clientEmail() != null && !event.clientEmail().isBlank()) {
            mail(event.clientEmail(), subject, body, event.referralId());
        }
        if (event.clientPhone() != null && !event.clientPhone().isBlank()) {
            sms.send(event.clientPhone(), body);
        }
    }

    /** Staff may read any of the three languages; the message carries all three, Finnish first. */
    private void toStaff(PlaceEvent event, String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Language language : Language.values()) {
            PlaceMessages text = messages(language);
            String activity = title(event.activityId(), language);
            String when = SessionTimes.format(event.start(), event.end(), language);
            String[] words = switch (event.kind()) {
                case ATTENDED -> new String[] { text.staff_attended_subject(), text.staff_attended_text(activity, when) };
                case NOT_ATTENDED -> new String[] { text.staff_not_attended_subject(),
                        text.staff_not_attended_text(activity, when) };
                default -> new String[] { text.staff_called_off_subject(), text.staff_called_off_text(activity, when) };
            };
            subject.append(subject.isEmpty() ? "" : " / ").append(words[0]);
            body.append(words[1]).append("\n\n");
        }
        String link = config.publicUrl().replaceAll("/+$", "") + "/staff/referrals/" + event.referralId();
        mail(email, subject.toString(), body + link, event.referralId());
    }

    private void mail(String to, String subject, String text, long referralId) {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException e) {
            LOG.warnf("A message about referral %d could not be sent (%s)", referralId, e.getClass().getSimpleName());
        }
    }

    private String title(long activityId, Language language) {
        try {
            return catalogue.get(activityId, language).title();
        } catch (ProblemException e) {
            // Withdrawn since; the time alone still tells the session.
            return "";
        }
    }

    static PlaceMessages messages(Language language) {
        return MessageBundles.get(PlaceMessages.class, Localized.Literal.of(language.code()));
    }
}
