package fi.silta.tasks;

import java.math.BigDecimal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of helping hands: task kinds and states in API answers and the pages, the helper's printed record.
 * Texts in {@code messages/tasks_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "tasks", locale = "fi")
public interface TaskMessages {

    @Message
    String kind(TaskKind kind);

    @Message
    String status(TaskStatus status);

    @Message
    String claim(ClaimStatus status);

    @Message
    String helper(HelperStatus status);

    String nav_tasks();

    String home_heading();

    String home_open();

    String home_hosted();

    String home_helpers();

    String home_record();

    String home_none();

    String open_title();

    String open_intro();

    String open_none();

    String hosted_title();

    String hosted_none();

    String helpers_title();

    String helpers_none();

    String task_title();

    String task_when();

    String task_minutes(int minutes);

    String task_where();

    String task_municipality();

    String task_languages();

    String task_helpers_needed();

    String task_paid();

    String task_voluntary();

    String task_notes();

    String task_client();

    String task_client_hidden();

    String task_status();

    String task_claim();

    String task_my_claim();

    String task_claims();

    String task_confirm();

    String task_hours(BigDecimal hours);

    String record_title(String name);

    String record_intro(String organisation);

    String record_date();

    String record_kind();

    String record_host();

    String record_hours();

    String record_total();

    String record_none();

    String record_print();

    String not_found();

    String language_fi();

    String language_sv();

    String language_en();

    String home_post();

    String post_title();

    String post_kind();

    String post_date();

    String post_time();

    String post_duration();

    String post_paid();

    String post_trust();

    String post_submit();

    String figures_title();

    String figures_intro(int smallest);

    String figures_month();

    String figures_posted();

    String figures_filled();

    String figures_done();

    String figures_time_to_fill();

    String figures_hours();

    String figures_helpers();

    String figures_hidden(int smallest);

    String figures_none();

    String refused_hours();

    String refused_reason();

    String refused_feedback();

    String refused_state();

    String part_hours();

    String part_feedback();

    String part_complete();

    String part_no_show();

    String part_cancel();

    String part_reason();

    String feedback_label();

    String feedback_submit();

    String feedback_host();

    String reminder_subject(String kind, String when);

    String reminder_body(String kind, String when, String where);

    String reminder_in_silta();

    String helper_register_title();

    String helper_register_submit();

    String helper_title(String name);

    String helper_username();

    String helper_username_taken();

    String helper_organisation();

    String helper_first_name();

    String helper_birth_date();

    String helper_email();

    String helper_municipalities();

    String helper_skills();

    String helper_availability();

    String helper_guardian_consent();

    String helper_consent_missing();

    String helper_until();

    String helper_until_future();

    String helper_approve();

    String helper_withdraw();

    String helper_reason();

    String helper_status();

    String helper_yes();

    String helper_no();

    String accompany_title();

    String accompany_intro();

    String accompany_case(long number);

    String accompany_submit();

    String accompany_link();
}
