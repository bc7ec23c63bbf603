package fi.silta.referrals.web;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What a referral page just did, in the words of the referral work (the shared {@code fi.silta.common.web.Done} has
 * only general ones, such as "recorded", where a case page has several things to record), named in the address it answers with
 * ({@code ?done=contact}) so that the next page
 * confirms it. The address names only the action, never anything about the client.
 */
enum ReferralDone {
    SENT("sent", ReferralMessages::done_sent),
    CORRECTED("corrected", ReferralMessages::done_corrected),
    ACTIVITIES("activities", ReferralMessages::done_activities),
    MOVED("moved", ReferralMessages::done_moved),
    RETURNED("returned", ReferralMessages::done_returned),
    STEP("step", ReferralMessages::done_step),
    ASSIGNED("assigned", ReferralMessages::done_assigned),
    CONTACT("contact", ReferralMessages::done_contact),
    SERVICES("services", ReferralMessages::done_services);

    private final String code;
    private final Function<ReferralMessages, String> text;

    ReferralDone(String code, Function<ReferralMessages, String> text) {
        this.code = code;
        this.text = text;
    }

    /** The query that asks the next page to confirm this action. */
    String query() {
        return "?done=" + code;
    }

    String text(ReferralMessages messages) {
        return text.apply(messages);
    }

    /** The confirmation for the action an address names, if it names one. */
    static String confirmation(String code, ReferralMessages messages) {
        return Arrays.stream(values()).filter(done -> done.code.equals(code)).findFirst()
                .map(done -> done.text(messages)).orElse(null);
    }
}
