package fi.silta.publishing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.ListingStatus;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.PublishingRule;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ScheduleInput;

/**
 * Every visible string of the publishers' pages, and the labels of publishing's codes as enum messages (one
 * key per constant; the bare {@code @Message} lets Qute generate them for the Swedish and English files too). Texts live in
 * {@code messages/publishing_fi.properties} (the default), {@code publishing_sv}
 * and {@code publishing_en}; {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "publishing", locale = "fi")
public interface PublishingMessages {

    // Codes

    @Message
    String status(ListingStatus status);

    @Message
    String registration(RegistrationPolicy registration);

    @Message
    String accessibility(Accessibility accessibility);

    @Message
    String kind(ScheduleInput.Kind kind);

    @Message
    String week(WeekOfMonth week);

    @Message
    String operation(Operation operation);

    @Message
    String outcome(HistoryEntry.Outcome outcome);

    /** The message beside a field that breaks a rule across fields. */
    @Message
    String rule(PublishingRule rule);

    /** The message beside a field whose text cannot be read as what it asks for. */
    @Message
    String unreadable(Readable.As as);

    // Navigation and the staff home page

    String nav_organisations();

    String home_organisations();

    String home_no_organisations();

    // An organisation's listings

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

    // Notices about a whole form

    String form_has_errors();

    String edit_conflict(String when);

    String edit_conflict_place();

    String imported_activity();

    String not_ready();

    String gone();

    String error_too_many();

    String error_postal_code();

    String error_invalid_choice();

    // The activity editor

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

    // Schedules and sessions

    String schedules_title();

    String schedules_none();

    String schedule_once(String start, int minutes);

    String schedule_weekly(String start, int minutes, String days, String until);

    String schedule_monthly(String start, int minutes, String week, String day, String until);

    /** A rule written elsewhere (an import), shown as it is stored. */
    String schedule_series(String start, int minutes, String rule, String until);

    String schedule_remove();

    String schedule_add();

    String field_kind();

    String field_date();

    String field_start_time();

    String field_end_time();

    String field_weekdays();

    String field_week_of_month();

    String field_until();

    String field_exceptions();

    String sessions_title();

    String sessions_none();

    String session_cancel();

    String session_restore();

    String session_cancelled();

    /** One session: "ti 24.11. klo 10.00–11.00". */
    String session_when(String day, String start, String end);

    /** The date pattern of a session's day ({@code java.time} pattern letters). */
    String pattern_session_day();

    /** The pattern of a time of day. */
    String pattern_time();

    String history_title();

    // Places

    String field_name();

    String field_street_address();

    String field_postal_code();

    String field_municipality();

    String field_latitude();

    String field_longitude();

    String field_address_confidential();

    String back_to_organisation();

    String preview_free();

    String preview_activity_accessibility();

    String preview_activity_address_hidden();

    String preview_activity_age();

    String preview_activity_cancelled();

    String preview_activity_contact();

    String preview_activity_cost();

    String preview_activity_easy_read();

    String preview_activity_languages();

    String preview_activity_map();

    String preview_activity_organiser();

    String preview_activity_registration();

    String preview_activity_registration_none();

    String preview_activity_registration_required();

    String preview_activity_when();

    String preview_activity_where();

    String preview_result_ongoing();

    String preview_result_online();

    // Schedules in words, the history in words, the shared feedback on the publishers' pages

    String recurrence_once(String day, String start, String end);

    String recurrence_weekly(String days, String start, String end);

    String recurrence_monthly(String week, String day, String start, String end);

    String recurrence_other(String start, String end);

    String recurrence_from(String date);

    String recurrence_except(String dates);

    String list_and();

    String history_fields(String fields);

    String history_kind(String kind);

    String archive_question();

    String session_cancel_question();

    String schedule_remove_question();

    String action_conflict(String when);

    String no_place_chosen();

    String never_confirmed();

    String copy();

    String place_located_by_postal_code();

    String place_exact_location();
    // Plain language (selkokieli, lättläst)

    String easy_read_section();

    String easy_read_hint();

    String easy_read_field_title();

    String easy_read_field_summary();

    // The staff home's stale listings.
    String home_stale_heading();

    String home_stale_count(String organisation, long count);

    String home_stale_none();
}
