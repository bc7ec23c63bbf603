package fi.silta.referrals.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import fi.silta.referrals.api.FallingOffCase;

/**
 * The words of the referral lists (filters, sorting, paging, the name search), the link-person profiles' edit link
 * and the referral part of the staff home page. Texts live in {@code messages/reflist_fi.properties} (the default),
 * {@code reflist_sv} and {@code reflist_en}. Kept apart from {@link ReferralMessages}, which holds the referral
 * itself, so that neither grows past what one file should hold.
 */
@MessageBundle(value = "reflist", locale = "fi")
public interface ReferralListMessages {

    String filter_title();

    String filter_any();

    String filter_from();

    String filter_to();

    String filter_overdue();

    String filter_number();

    String filter_apply();

    String filter_clear();

    String find_title();

    String find_help();

    String sort_by();

    String sort_newest();

    String sort_oldest();

    String sort_urgency();

    String sort_due();

    String list_count(int count);

    String list_page(int page, int pages);

    String list_previous();

    String list_next();

    String list_paging();

    String column_number();

    String column_created();

    String column_urgency();

    String home_heading();

    String home_open_referrals(long count);

    String home_new_cases(long count);

    String home_open_cases(long count);

    String home_overdue(long count);

    String home_queued(long count);

    String edit();

    /** Why a case on the coordinator's list may be falling off the path (the falling-off report's flags). */
    @Message
    String flag(FallingOffCase.Flag flag);
}
