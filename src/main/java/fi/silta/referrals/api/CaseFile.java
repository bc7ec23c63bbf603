package fi.silta.referrals.api;

import java.util.List;

import fi.silta.referrals.ReferralStatus;

/**
 * A case as the signed-in user may work it: the referral, its contact log (empty and {@code contactsShown} false
 * for a coordinator who did not assign the case), the statuses they may move it to, and what their part in it is
 * (the nurse who wrote it, whoever works it, a coordinator of its county, a link-person who may still give it back).
 */
public record CaseFile(ReferralView referral, List<ContactView> contacts, boolean contactsShown,
        List<ReferralStatus> moves,
        boolean requester, boolean works, boolean coordinator, boolean mayReturn) {
}
