package fi.silta.organisations.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.organisations.OrganisationType;
import fi.silta.organisations.RequestStatus;

/**
 * Every visible string of the organisation pages: the public form to join Silta, and the admin pages for
 * requests, organisations and their publishers, with the administration's front page. Texts live in
 * {@code messages/organisations_fi.properties} (the default), {@code organisations_sv} and
 * {@code organisations_en}; {@code MessageBundleTest} fails when a language lacks one.
 * <p>
 * Codes are put in words by enum messages. Qute generates one for an enum whose constants have no underscore
 * ({@code request_status_PENDING=...}); for an enum with one ({@code WELLBEING_COUNTY}) Qute would want keys
 * such as {@code type_$NGO}, which the bundle test does not know; those messages are written as a
 * {@code {#when}} over the constants, in each language's file and, for the default language, Finnish, here too,
 * because Qute takes the default language's template from the annotation when it has one.
 */
@MessageBundle(value = "organisations", locale = "fi")
public interface OrganisationMessages {

    /** The kind of an organisation, in words. */
    @Message("{#when type}{#is WELLBEING_COUNTY}Hyvinvointialue{#is MUNICIPALITY}Kunta{#is PARISH}Seurakunta{#is NGO}Järjestö tai yhdistys{#is COMPANY}Yritys{#is OTHER}Muu{/when}")
    String type(OrganisationType type);

    /** Where a request stands, in words. */
    @Message
    String request_status(RequestStatus status);

    // The form to join

    String join_title();

    String join_intro();

    String join_privacy();

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

    String join_submit();

    String form_has_errors();

    String thanks_title();

    String thanks_text();

    String back();

    String error_invalid_choice();

    String error_business_id();

    String error_invalid_url();

    String error_invalid_email();

    String error_invalid_phone();

    // Administration

    String nav_admin();

    String home_title();

    String home_sources();

    String home_requests();

    String home_organisations();

    String home_clients();

    String requests_title();

    String requests_none();

    String requests_waiting(int total);

    String requests_paging();

    String requests_decided();

    String request_received(String when);

    String request_contact();

    String request_message();

    String approve();

    String reject();

    String reject_reason();

    String request_conflict();

    String organisations_title();

    String organisations_search();

    String search();

    String organisations_none();

    String verified();

    String unverified();

    String members_title();

    String members_help();

    String members_none();

    String member_remove();

    String member_add();

    String member_username();

    String username_invalid();

    // The staff home's requests waiting for the admin.
    String home_pending_heading();

    String home_pending_count(long count);
    // A decision on a request to join, where the admin lands after it

    String decided_line(String status, String when, String who);

    String approve_question();

    String reject_question();

    String request_title();

    String requester(String name, String email);

    String requester_write();

    String requester_next();

    String request_link();

    // What an organisation is about and where it is

    String details_title();

    String details_help();

    String field_description_fi();

    String field_description_sv();

    String field_description_en();

    String field_street_address();

    String field_postal_code();

    String postal_municipality(String municipality);

    String postal_code_invalid();

    String postal_code_needed();

    String details_save();

    // The request list's filters.

    String requests_filter_title();

    String requests_filter_status();

    String requests_filter_search();

    String requests_count(int total);

    String requests_sort_oldest();

    String requests_sort_newest();

    String requests_sort_name();
}
