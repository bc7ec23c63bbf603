package fi.silta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;

/**
 * The mail a requester gets when an admin approves their request to join: in the language they wrote the request
 * in, naming the organisation and the next step (signing in, after which an admin makes them its publisher), with
 * the sign-in link. It names no admin: the decision is Silta's, and an admin's name or address is not the
 * requester's to keep. Sent once the approval is committed; a failure to send is logged without the address and
 * does not undo the approval.
 */
@ApplicationScoped
class JoinInvitations {

    /** A request was approved and its organisation created. */
    record Approved(long requestId, String email, String contactName, String organisationName, Language language) {
    }

    private static final Logger LOG = Logger.getLogger(JoinInvitations.class);

    private final Mailer mailer;
    private final String publicUrl;

    JoinInvitations(Mailer mailer, @ConfigProperty(name = "silta.public-url") String publicUrl) {
        this.mailer = mailer;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) Approved event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        InvitationMessages text = MessageBundles.get(InvitationMessages.class,
                Localized.Literal.of(event.language().code()));
        String signIn = publicUrl + "/staff?lang=" + event.language().code();
        String greeting = event.contactName() == null || event.contactName().isBlank() ? text.greeting_plain()
                : text.greeting(event.contactName());
        String body = greeting + "\n\n" + text.approved_text(event.organisationName()) + "\n\n"
                + text.next_step(signIn) + "\n\n" + text.signature();
        try {
            mailer.send(Mail.withText(event.email(), text.approved_subject(event.organisationName()), body));
        } catch (RuntimeException e) {
            LOG.warnf("The invitation for request %d could not be sent (%s)", event.requestId(),
                    e.getClass().getSimpleName());
        }
    }
}
