package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the staff pages (sign-in, publishing, freshness). Texts live in
 * {@code messages/staff_fi.properties} (the default), {@code staff_sv} and {@code staff_en};
 * {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "staff", locale = "fi")
public interface StaffMessages {

    String nav_home();

    String nav_organisations();

    String nav_admin();

    String home_title();

    String home_roles();

    String home_no_role();

    String home_organisations();

    String home_no_organisations();

    String home_search_catalogue();

    String role_nurse();

    String role_link_person();

    String role_coordinator();

    String role_publisher();

    String role_admin();

    String organisations_title();

    String organisations_none();

    String counts(long drafts, long published, long stale);

    String activities_title();

    String activities_none();

    String activity_new();

    String stale_title();

    String stale_help();

    String column_title();

    String column_status();

    String column_verified();

    String column_next();

    String column_source();

    String places_title();

    String places_none();

    String place_new();

    String place_title();

    String form_has_errors();

    String edit_conflict(String when);

    String edit_conflict_place();

    String imported_activity();

    String not_ready();

    String gone();

    String saved();

    String preview_title(String title);

    String preview();

    String status_line(String status, String verified);

    String stale_badge();

    String publish();

    String archive();

    String confirm();

    String save();

    String create();

    String section_texts();

    String section_where();

    String section_who();

    String section_practical();

    String field_title();

    String field_summary();

    String field_description();

    String in_finnish();

    String in_swedish();

    String in_english();

    String field_place();

    String no_place();

    String field_online_url();

    String field_ongoing();

    String field_categories();

    String field_target_groups();

    String field_age_min();

    String field_age_max();

    String field_languages();

    String field_free();

    String field_price();

    String field_registration();

    String field_registration_url();

    String field_registration_phone();

    String field_capacity();

    String field_accessibility();

    String field_info_url();

    String field_contact_name();

    String field_contact_email();

    String field_contact_phone();

    String schedules_title();

    String schedules_none();

    String schedule_once(String start, int minutes);

    String schedule_series(String start, int minutes, String rule, String until);

    String schedule_remove();

    String schedule_add();

    String field_kind();

    String kind_once();

    String kind_weekly();

    String kind_monthly();

    String field_date();

    String field_start_time();

    String field_end_time();

    String field_weekdays();

    String field_week_of_month();

    String week_1();

    String week_2();

    String week_3();

    String week_4();

    String week_last();

    String field_until();

    String field_exceptions();

    String sessions_title();

    String sessions_none();

    String session_cancel();

    String session_restore();

    String session_cancelled();

    String history_title();

    String op_create();

    String op_update();

    String op_publish();

    String op_archive();

    String op_confirm();

    String op_add_schedule();

    String op_remove_schedule();

    String op_cancel_session();

    String op_restore_session();

    String field_name();

    String field_street_address();

    String field_postal_code();

    String field_municipality();

    String field_latitude();

    String field_longitude();

    String field_address_confidential();

    String back_to_organisation();

    String error_required();

    String error_too_long();

    String error_invalid_url();

    String error_place_or_online();

    String error_out_of_range();

    String error_age_order();

    String error_registration_contact();

    String error_invalid_email();

    String error_invalid_phone();

    String error_invalid_choice();

    String error_in_the_past();

    String error_too_far();

    String error_end_before_start();

    String error_one_weekday();

    String error_until_before_start();

    String error_too_many();

    String error_postal_code();

    String error_coordinates_pair();

    String error_outside_finland();

    String error_required_to_publish();

    String error_invalid_number();

    String error_invalid_date();

    String error_invalid_time();

    String error_invalid();
}
