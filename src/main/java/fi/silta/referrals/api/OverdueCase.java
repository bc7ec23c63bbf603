package fi.silta.referrals.api;

import java.time.Instant;

/**
 * An open case that stalls: no contact within the days allowed after assignment, or no attendance within
 * the days allowed after acceptance.
 */
public record OverdueCase(long id, String status, String assignedTo, Instant assignedAt, Instant lastContactAt,
        String reason, long daysSinceAssignment) {
}
