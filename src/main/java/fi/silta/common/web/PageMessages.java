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

    String search_title();

    String search_query();

    String search_query_hint();

    String search_submit();

    String search_filters();

    String search_municipality();

    String search_category();

    String search_target_group();

    String search_language();

    String search_free();

    String search_accessibility();

    String search_organisation_type();

    String search_weekday();

    String search_time_of_day();

    String search_from();

    String search_to();

    String search_postal_code();

    String search_radius();

    String search_sort();

    String search_sort_relevance();

    String search_sort_soonest();

    String search_sort_distance();

    String search_any();

    String search_results();

    String search_result_count(long count);

    String search_no_results();

    String search_calendar();

    String search_clear();

    String search_error_summary();

    String search_error_field(String detail);

    String page_previous();

    String page_next();

    String page_current(int page, int pages);

    String result_distance(String km);

    String result_free();

    String result_next();

    String result_ongoing();

    String result_online();

    String time_of_day_morning();

    String time_of_day_afternoon();

    String time_of_day_evening();

    String weekday_mon();

    String weekday_tue();

    String weekday_wed();

    String weekday_thu();

    String weekday_fri();

    String weekday_sat();

    String weekday_sun();

    String activity_when();

    String activity_cancelled();

    String activity_where();

    String activity_map();

    String activity_address_hidden();

    String activity_accessibility();

    String activity_cost();

    String activity_age();

    String activity_languages();

    String activity_registration();

    String activity_registration_required();

    String activity_registration_none();

    String activity_contact();

    String activity_organiser();

    String activity_calendar();

    String activity_print();

    String activity_easy_read();

    String activity_back();

    String organisation_activities();

    String organisation_no_activities();

    String organisation_municipalities();

    String not_found_title();

    String not_found_text();

    String error_forbidden_title();

    String error_forbidden_text();

    String error_form_expired_title();

    String error_form_expired_text();

    String error_general_title();

    String error_general_text();

    String error_server_text();

    String error_way_on();

    String footer_join();

    String footer_staff();

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
}
