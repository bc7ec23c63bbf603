package fi.silta.referrals;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of held places, attendance, reminders and the client's sheet. The messages to clients are sent in the
 * client's language and name nothing of them beyond the first name and the session; those to staff name the
 * session only. Texts in {@code messages/place_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "place", locale = "fi")
public interface PlaceMessages {

    String reminder_subject();

    String reminder_text(String firstName, String activity, String when);

    String called_off_client_subject();

    String called_off_client_text(String firstName, String activity, String when);

    String staff_called_off_subject();

    String staff_called_off_text(String activity, String when);

    String staff_attended_subject();

    String staff_attended_text(String activity, String when);

    String staff_not_attended_subject();

    String staff_not_attended_text(String activity, String when);

    String follow_up_subject();

    String follow_up_text();

    @Message
    String status(PlaceStatus status);

    String nav_organiser();

    String organiser_title();

    String organiser_intro();

    String organiser_none();

    String organiser_held(int count);

    String organiser_companion();

    String organiser_interpreter();

    String organiser_mark_attended();

    String organiser_mark_not_attended();

    String organiser_code();

    String organiser_code_label();

    String organiser_code_submit();

    String organiser_code_recorded();

    String organiser_code_invalid();

    String organiser_saved();

    String checkin_title();

    String checkin_intro(String activity, String when);

    String checkin_submit();

    String checkin_done();

    String checkin_invalid();

    String print_button();

    String print_title();

    String print_date(String date);

    String print_greeting(String firstName);

    String print_called_off();

    String print_none();

    String print_when();

    String print_planned();

    String print_where();

    String print_price();

    String print_free();

    String print_price_ask();

    String print_organiser();

    String print_code_title();

    String print_code_text();

    String print_qr_label();

    String print_contacts();

    String print_link_person();

    String print_nurse();

    String case_called_off(String when);

    String case_places_title();

    String case_held_until(String date);

    String case_confirmed_by(String who);

    String case_code(String code);

    String consents_title();

    String consent_given();

    String consent_not_given();

    String consent_recorded(String who, String when);

    String consent_withdraw();

    String consent_give();

    String next_step_title();

    String next_step_due(String date);

    String next_step_none();

    String next_step_what();

    String next_step_by();

    String next_step_save();

    String session_full();
}
