package fi.silta.referrals.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.referrals.SelfReportRound;

/**
 * The words of the wellbeing self-report: the client's answer page, the staff's entry form and the case page's
 * section. The instruments' own wording (instructions, items, answer options) is the English original in every
 * language until an official translation is verified ({@code docs/decisions/0012-wellbeing-instruments-wording.md});
 * {@code items_language} names the language that wording is in, so that the page marks it for screen readers.
 * Texts in {@code messages/wellbeing_{fi,sv,en}.properties}.
 */
@MessageBundle(value = "wellbeing", locale = "fi")
public interface WellbeingMessages {

    String answer_title();

    String answer_intro();

    String items_language();

    String items_note();

    String who5_title();

    String who5_instruction();

    String who5_item_1();

    String who5_item_2();

    String who5_item_3();

    String who5_item_4();

    String who5_item_5();

    String who5_option_0();

    String who5_option_1();

    String who5_option_2();

    String who5_option_3();

    String who5_option_4();

    String who5_option_5();

    String ucla3_title();

    String ucla3_instruction();

    String ucla3_item_1();

    String ucla3_item_2();

    String ucla3_item_3();

    String ucla3_option_1();

    String ucla3_option_2();

    String ucla3_option_3();

    String choose_one();

    String send();

    String thanks_title();

    String thanks_text();

    String closed_title();

    String closed_text();

    @Message
    String round(SelfReportRound round);

    String section_title();

    String section_none();

    String section_round();

    String section_who5();

    String section_ucla3();

    String section_recorded();

    String section_by_client();

    String who5_score(int raw, int percent);

    String ucla3_score(int score);

    String change(String who5, String ucla3);

    String enter(String round);

    String make_link(String round);

    String link_title();

    String link_text(String until);

    String link_back();

    String entry_title(String round);

    String entry_intro();

    String done_recorded();

    String scores_help();
}
