package fi.silta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the referral pages. Texts live in {@code messages/ref_fi.properties} (the default),
 * {@code ref_sv} and {@code ref_en}; {@code MessageBundleTest} fails when a language lacks one.
 */
@MessageBundle(value = "ref", locale = "fi")
public interface ReferralMessages {

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

    String column_updated();

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

    String consent_link_person();

    String consent_organiser();

    String consent_statistics();

    String choose();

    String send();

    String form_has_errors();

    String case_title(String name);

    String client_card();

    String born(Integer year);

    String interpreter();

    String details();

    String written_by(String nurse, String unit);

    String status_line(String status, String step);

    String outcome_line(String outcome);

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

    String status_draft();

    String status_requested();

    String status_accepted();

    String status_in_progress();

    String status_on_hold();

    String status_completed();

    String status_rejected();

    String status_cancelled();

    String status_failed();

    String status_entered_in_error();

    String step_first_contact();

    String step_activity_agreed();

    String step_accompanied_visit_planned();

    String step_attended();

    String step_follow_up_done();

    String outcome_attended();

    String outcome_declined();

    String outcome_unreachable();

    String outcome_no_suitable_activity();

    String outcome_moved_away();

    String outcome_other();

    String contact_phone();

    String contact_meeting();

    String contact_message();

    String contact_accompanied_visit();

    String need_loneliness();

    String need_physical_activity();

    String need_mental_wellbeing();

    String need_memory();

    String need_finances();

    String need_digital_skills();

    String need_caregiver_load();

    String need_employment();

    String need_other();

    String context_senior_clinic();

    String context_family_caregiver();

    String context_unemployed();

    String context_other();

    String urgency_routine();

    String urgency_soon();

    String urgency_urgent();

    String error_required();

    String error_too_long();

    String error_identity_code();

    String error_phone();

    String error_email();

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
}
