package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the organisation sign-up form. Texts live in {@code messages/signup_fi.properties} (the default),
 * {@code signup_sv} and
 * {@code signup_en}; {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "signup", locale = "fi")
public interface SignUpMessages {

    String title();

    String intro();

    String privacy();

    String field_name();

    String field_type();

    String field_business_id();

    String field_municipality();

    String field_website();

    String field_contact_name();

    String field_contact_email();

    String field_contact_phone();

    String field_message();

    String choose();

    String submit();

    String form_has_errors();

    String thanks_title();

    String thanks_text();

    String back();

    String error_required();

    String error_too_long();

    String error_invalid_choice();

    String error_business_id();

    String error_invalid_url();

    String error_invalid_email();

    String error_invalid_phone();

    String error_invalid();
}
