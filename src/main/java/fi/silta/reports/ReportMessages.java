package fi.silta.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.FallingOffCase;
import fi.silta.reports.surveys.AgeBand;

/**
 * Every visible string of the reports: pages, tables (their CSV too) and charts. Texts live in
 * {@code messages/reports_fi.properties} (the default), {@code reports_sv} and {@code reports_en}. Enum words are
 * enum messages ({@code stage_$FIRST_CONTACT}, {@code dimension_MONTH}).
 */
@MessageBundle(value = "reports", locale = "fi")
public interface ReportMessages {

    @Message
    String stage(Stage stage);

    @Message
    String dimension(Dimension dimension);

    @Message
    String need(Need need);

    @Message
    String context(ReferralContext context);

    @Message
    String urgency(Urgency urgency);

    @Message
    String outcome(Outcome outcome);

    @Message
    String status(ReferralStatus status);

    @Message
    String step(CaseStep step);

    @Message
    String contactKind(ContactKind kind);

    @Message
    String flag(FallingOffCase.Flag flag);

    String nav_reports();

    String home_heading();

    String home_funnel();

    String title();

    String intro(int smallest);

    String consent_note();

    String period(String from, String to);

    String field_from();

    String field_to();

    String field_by();

    String show();

    String download_csv();

    String total();

    String open();

    String cancelled();

    String rejected();

    String hidden_note(int smallest);

    String funnel_title();

    String durations_title();

    String outcomes_title();

    String leaving_title();

    String leaving_rows();

    String wellbeing_pairs_title();

    String wellbeing_change_title();

    String wellbeing_pairs();

    String wellbeing_who5_change();

    String wellbeing_ucla3_change();

    String step_heading();

    String referrals();

    String median_days();

    String duration_whole_path();

    String duration_between(String from, String to);

    String chart_funnel_title();

    String chart_funnel_desc(String referred, String attended);

    String chart_trend_title();

    String chart_trend_desc(String months);

    String chart_durations_title();

    String chart_durations_desc();

    String chart_hidden();

    String chart_data_table();

    String invalid_month();

    String invalid_by();

    String tables_heading();

    String charts_heading();

    String home_falling_off();

    String falling_title();

    String falling_intro(int contacts, int unassignedDays, int silentDays, int sessionsMissed);

    String falling_none();

    String col_referral();

    String col_municipality();

    String col_status();

    String col_assigned();

    String col_contacts();

    String col_silent_days();

    String col_flags();

    String col_time();

    String col_who();

    String col_what();

    String unassigned();

    String path_link();

    String path_title(long referral);

    String path_intro();

    String path_none();

    String what_written(String status);

    String what_status(String from, String to);

    String what_step(String step);

    String what_handover();

    String what_contact(String kind);

    String role_nurse();

    String role_link_person();

    String role_coordinator();

    String role_other();

    @Message
    String ageBand(AgeBand band);

    String scale_1();

    String scale_2();

    String scale_3();

    String scale_4();

    String scale_5();

    String survey_intro();

    String form_errors();

    String choose();

    String field_municipality();

    String field_age_band();

    String field_need();

    String survey_choose_municipality();

    String survey_choose_age();

    String survey_answer_question();

    String survey_send();

    String survey_thanks_title();

    String survey_thanks();

    String back_to_search();

    String wish_title();

    String wish_intro();

    String wish_choose_need();

    String wish_send();

    String survey_answers_title();

    String survey_scores_title();

    String wishes_title();

    String surveys_title();

    String surveys_intro();

    String surveys_none();

    String home_surveys();

    String survey_public_link();

    String gaps_title();

    String gaps_intro(int months, long days);

    String gaps_heat_title();

    String gaps_activities_title();

    String gaps_referrals_title();

    String gaps_unmatched_title();

    String gaps_level_gap();

    String gaps_level_thin();

    String gaps_level_ok();

    String gaps_level_none();

    String gaps_cell(String activities, String level);

    String home_gaps();

    String survey_form_title();

    String survey_form_intro();

    String survey_form_name();

    String survey_form_question(int number);

    String survey_form_in_finnish();

    String survey_form_in_swedish();

    String survey_form_in_english();

    String survey_form_questions_help();

    String survey_form_question_needed();

    String survey_form_create();

    String survey_form_link();

    String survey_created();
}
