package fi.silta.referrals.api;

import java.time.Instant;
import java.util.Set;

import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;

/**
 * One referral as statistics see it: no client, no staff, no free text, only where and why it started, when each
 * step of the path was first reached (null when never) and how it ended. Only referrals whose client consented to
 * anonymous statistics become facts.
 */
public record ReferralFact(Instant referredAt, String municipality, ReferralContext context, Set<Need> needs,
        Urgency urgency, boolean linkPersonNeeded, ReferralStatus status, Outcome outcome, Instant acceptedAt,
        Instant firstContactAt, Instant activityAgreedAt, Instant attendedAt, Instant followedUpAt, Instant closedAt) {

    /** Whether the referral is closed (completed, failed, rejected or cancelled). */
    public boolean closed() {
        return status.terminal();
    }
}
