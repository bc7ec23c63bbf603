package fi.silta.referrals.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.common.Language;
import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.RequestPurpose;
import fi.silta.referrals.Urgency;

/**
 * Every visible string of the referral pages, the link-person profiles and clients' data requests. Texts live in
 * {@code messages/ref_fi.properties} (the default), {@code ref_sv} and {@code ref_en}; {@code MessageBundleTest}
 * fails when a language lacks one. An enum's words are an enum message (a {@code @Message} without a template, for
 * which Qute writes one choosing by the constant): {@code status(ReferralStatus)} reads
 * {@code status_$IN_PROGRESS} and so on (Qute separates the constant with {@code _$} when constant names hold
 * underscores, {@code _} otherwise, as in {@code urgency_SOON}).
 */
@MessageBundle(value = "ref", locale = "fi")
public interface ReferralMessages {

    /** A referral's status (FHIR Task), in words. */
    @Message
    String status(ReferralStatus status);

    /** A step of the link-person's work. */
    @Message
    String step(CaseStep step);

    /** Why a referral closed. */
    @Message
    String outcome(Outcome outcome);

    /** How the link-person reached the client. */
    @Message
    String contactKind(ContactKind kind);

    /** What the client needs support with. */
    @Message
    String need(Need need);

    /** Where the nurse met the client. */
    @Message
    String context(ReferralContext context);

    /** Why an admin reaches a client's data. */
    @Message
    String purpose(RequestPurpose purpose);

    /** How soon the client should be contacted. */
    @Message
    String urgency(Urgency urgency);

    /** Who may receive the client's data, as the consent names them. */
    @Message
    String consent(ConsentRecipient recipient);

    /** A language the client is served in, named in the page's language. */
    @Message
    String language(Language language);

    String nav_referrals();

    String list_title();

    String list_none();

    String new_referral();

    String overdue_title();

    String overdue_none();

    String overdue_no_contact(long days);

    String overdue_no_attendance(long days);

    String column_client();

    String column_status();

    String column_municipality();

    String column_assigned();

    String unassigned();

    String form_title();

    String form_privacy();

    String section_client();

    String section_referral();

    String section_consent();

    String field_first_name();

    String field_last_name();

    String field_identity_code();

    String field_birth_year();

    String field_phone();

    String field_email();

    String field_language();

    String field_interpreter();

    String field_municipality();

    String field_context();

    String field_needs();

    String field_interests();

    String field_link_person();

    String field_link_person_reason();

    String field_urgency();

    String field_unit();

    String field_follow_up();

    String choose();

    String send();

    String form_has_errors();

    String case_title(long id);

    String open_title();

    String open_text();

    String open_case();

    String client_card();

    String born(Integer year);

    String interpreter();

    String details();

    String written_by(String nurse);

    String assigned_to(String name);

    String actions();

    String move_to(String status);

    String field_outcome();

    String field_reason();

    String not_now();

    String outcome_needed();

    String steps_title();

    String record_step();

    String contacts_title();

    String contacts_none();

    String field_kind();

    String field_date();

    String field_note();

    String add_contact();

    String assign_title();

    String suggestion(String name, long open, int capacity);

    String covers();

    String speaks();

    String field_link_person_name();

    String assign();

    String history_title();

    String print();

    String error_birth_year();

    String error_date();

    String error_consent();

    String error_choice();

    String print_title();

    String print_intro(String name);

    String print_next();

    String print_place();

    String print_organiser();

    String print_link_person();

    String print_link_person_text(String name);

    String print_none();

    String activities_title();

    String activities_none();

    String activities_search();

    String search();

    String add();

    String remove();

    String next_session(String when);

    String column_last_contact();

    String column_next();

    String column_due();

    String overdue_badge();

    String days_ago(long days);

    String planned();

    String plan_session();

    String queue_title();

    String link_persons_title();

    String link_persons_none();

    String link_person_line(String name, long open, int capacity);

    String link_person_save();

    String field_username();

    String field_display_name();

    String field_capacity();

    String field_municipalities();

    String field_languages();

    String return_title();

    String return_case();

    String follow_up(String date);

    String online();

    String error_identity_code_year();

    String clients_title();

    String clients_help();

    String clients_identity_code();

    String clients_referral();

    String clients_purpose();

    String clients_case_number();

    String clients_export();

    String clients_not_found();

    String clients_referrals(int count);

    String clients_access_log();

    String clients_erase();

    String clients_erase_warning();

    String clients_erased(int count);

    String status_only(String status);

    String status_with_step(String status, String step);

    String status_with_detail(String status, String detail);

    String written_by_unit(String nurse, String unit);

    String datetime_pattern();

    String history_who(String name, String role);

    String history_created(String who);

    String history_drafted(String who);

    String history_moved(String who, String status);

    String history_step(String who, String step);

    String history_activities(String who);

    String history_assigned(String who, String linkPerson);

    String history_returned(String who);

    String history_corrected(String who);

    String history_place_held(String who);

    String history_place_called_off(String who);

    String history_place_expired(String who);

    String history_attended(String who);

    String history_not_attended(String who);

    String history_consent_given(String who, String consent);

    String history_consent_withdrawn(String who, String consent);

    String history_consent_changed(String who);

    String history_assignment_ended(String who);

    String history_accompanied(String who, String helper);

    String role_system();

    String history_reason(String reason);

    String role_nurse();

    String role_link_person();

    String role_coordinator();

    String role_other();

    String field_sent();

    String field_number();

    String today();

    String done_sent();

    String done_corrected();

    String done_activities();

    String done_moved();

    String done_returned();

    String done_step();

    String done_assigned();

    String done_contact();

    String error_identity_code_length();

    String error_identity_code_digits();

    String error_identity_code_century();

    String error_identity_code_individual();

    String error_identity_code_temporary();

    String error_identity_code_date();

    String error_identity_code_check();

    String error_identity_code_typed(String reason, String masked);

    String error_before_session();

    // Correcting a sent referral.
    String history_corrected_fields(String who, String fields);

    String history_other_field();

    String correct_link();

    String correction_title();

    String correction_help();

    String correction_save();

    String correction_changed_meanwhile();

    String error_correction_assigned();

    /** The suggested services: named, taken off, and the confirmation after either. */
    String history_service_added(String who);

    String history_service_removed(String who);

    String done_services();
}
