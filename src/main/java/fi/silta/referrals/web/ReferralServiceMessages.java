package fi.silta.referrals.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of ongoing services on referral pages: the case page's suggested and found services with what only
 * professionals read, the nurse's form's search, and the client's sheet. Texts in
 * {@code messages/refsvc_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "refsvc", locale = "fi")
interface ReferralServiceMessages {

    String services_title();

    String services_none();

    String services_found();

    String services_found_none();

    String service_organisation();

    String service_access();

    String service_cost();

    String service_free();

    String service_contact();

    String professional_heading();

    String professional_how_to_refer();

    String professional_waiting_time();

    String professional_direct_line();

    String professional_notes();

    String service_add();

    String service_remove();

    String service_added_by(String who, String day);

    String service_page();

    String print_services();
}
