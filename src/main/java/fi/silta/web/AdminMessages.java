package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the admin page for clients' data requests. Texts live in
 * {@code messages/admin_fi.properties} (the default), {@code admin_sv} and
 * {@code admin_en}; {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "admin", locale = "fi")
public interface AdminMessages {

    String home_clients();

    String clients_title();

    String clients_help();

    String field_identity_code();

    String field_referral();

    String field_request_reason();

    String export();

    String client_request_invalid();

    String client_referrals(int count);

    String client_access_log();

    String erase();

    String erase_warning();

    String erased(int count);
}
