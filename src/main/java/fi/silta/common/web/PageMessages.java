package fi.silta.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings every page shares: the chrome, error pages and the messages beside invalid fields. Texts live in
 * {@code messages/msg_fi.properties} (the default), {@code msg_sv} and {@code msg_en}; {@code MessageBundleTest}
 * fails when a language lacks one.
 */
@MessageBundle(value = "msg", locale = "fi")
public interface PageMessages {

    String site_name();

    String site_tagline();

    String skip_to_content();

    String language_switch();

    String footer_licence();

    String footer_api();

    String staff_navigation();

    String staff_signed_in_as(String username);

    String staff_sign_out();

    String not_found_title();

    String not_found_text();

    String error_forbidden_title();

    String error_forbidden_text();

    String error_form_expired_title();

    String error_form_expired_text();

    String error_too_many_title();

    String error_too_many_text();

    String error_general_title();

    String error_general_text();

    String error_server_text();

    String error_way_on();

    String footer_join();

    String footer_staff();

    String footer_resources();

    String nav_home();

    String validation_required();

    String validation_too_long(int max);

    String validation_too_short(int min);

    String validation_at_least(long min);

    String validation_at_most(long max);

    String validation_plain_text();

    String validation_email();

    String validation_phone();

    String validation_web_address();

    String validation_invalid();

    String validation_summary();

    String home_title();

    String home_roles();

    String home_no_role();

    String home_search_catalogue();

    /** A staff role's name, as the home page lists the user's roles. */
    @Message
    String home_role(StaffHomePages.StaffRole role);

    // The shared feedback of forms: confirmations, the error summary, required fields, destructive actions.

    /** What a form just did, confirmed on the page that follows. */
    @Message
    String done(Done done);

    String error_summary_title();

    String field_required();

    String confirm_default();

    String confirm_cancel_hint();

    // Refusals that fit the admin.
    String error_forbidden_admin_text();

    // Paged, filtered staff lists.
    String paging_previous();

    String paging_next();

    String paging_page(int page, int pages);

    String list_filter_any();

    String list_filter_apply();

    String list_filter_clear();

    String list_sort();

    String list_search();
}
