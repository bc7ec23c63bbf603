package fi.silta.referrals.api;

import java.time.Instant;

import fi.silta.referrals.ReferralStatus;

/**
 * An open case that stalls: no contact within the days allowed after assignment, or no attendance within
 * the days allowed after acceptance.
 */
public record OverdueCase(long id, ReferralStatus status, String assignedTo, Instant assignedAt,
        Instant lastContactAt, Reason reason, long daysSinceAssignment) {

    public enum Reason {
        NO_CONTACT,
        NO_ATTENDANCE
    }
}
