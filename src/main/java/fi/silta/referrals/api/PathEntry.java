package fi.silta.referrals.api;

import java.time.Instant;

import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.ReferralStatus;

/**
 * One event of a client's path across their referrals, in time order: who (user and role) did what to which
 * referral. {@code kind} says what: the referral written, a status changed, a step reached, assigned or returned, a
 * contact recorded. Never the reasons or notes typed about the client.
 */
public record PathEntry(Instant at, long referralId, String actor, String role, Kind kind, ReferralStatus from,
        ReferralStatus to, CaseStep step, ContactKind contact) {

    public enum Kind {
        WRITTEN,
        STATUS,
        STEP,
        HANDOVER,
        CONTACT
    }
}
