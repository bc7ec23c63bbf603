package fi.silta.services;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of services: their pages and how a service is got, also in API answers (so the bundle sits beside the
 * services rather than in their web package). Texts in {@code messages/services_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "services", locale = "fi")
public interface ServiceMessages {

    @Message
    String access(AccessMethod access);

    String service_eligibility();

    String service_how_to_get();

    String service_cost();

    String service_free();

    String service_opening_hours();

    String service_area();

    String service_locations();

    String service_languages();

    String service_contact();

    String service_organiser();

    String service_more_info();

    String professional_heading();

    String professional_intro();

    String professional_how_to_refer();

    String professional_contact();

    String professional_waiting_time();

    String professional_notes();

    String professional_organisation();

    String professional_none();

    // The publishers' service pages.

    String nav_services();

    @Message
    String status(ServiceStatus status);

    String editor_organisations_title();

    String editor_organisations_intro();

    String editor_organisations_none();

    String editor_services_of(String organisation);

    String editor_services_heading();

    String editor_services_none();

    String editor_new();

    String editor_column_name();

    String editor_column_status();

    String editor_column_source();

    String editor_status(String status);

    String editor_publish();

    String editor_archive();

    String editor_archive_question();

    String editor_save();

    String editor_create();

    String editor_view_public();

    String editor_view_staff();

    String section_about();

    String section_access();

    String section_where();

    String section_who();

    String section_contact();

    String field_name();

    String field_description();

    String field_eligibility();

    String field_access();

    String field_access_info();

    String field_free();

    String field_cost();

    String field_area();

    String field_area_hint();

    String field_locations();

    String field_locations_none();

    String field_categories();

    String field_target_groups();

    String field_languages();

    String field_accessibility();

    String field_contact_phone();

    String field_contact_email();

    String field_opening_hours();

    String field_info_url();

    String field_published();

    String field_professional_contact_name();

    String field_professional_contact_phone();

    String field_professional_contact_email();

    String professional_form_heading();

    String professional_form_warning();

    String organisation_notes_heading();

    String organisation_notes_intro();

    String organisation_notes_save();

    String form_has_errors();

    String edit_conflict();

    String imported_service();

    String error_invalid_choice();

    String error_name_required();

    String in_finnish();

    String in_swedish();

    String in_english();
}
