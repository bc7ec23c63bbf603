package fi.silta.organisations;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the mail that tells a requester their organisation was approved and what to do next. Texts in
 * {@code messages/invitation_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "invitation", locale = "fi")
public interface InvitationMessages {

    String approved_subject(String organisation);

    String greeting(String name);

    String greeting_plain();

    String approved_text(String organisation);

    String next_step(String link);

    String signature();
}
