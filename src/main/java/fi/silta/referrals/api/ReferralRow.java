package fi.silta.referrals.api;

import java.time.Instant;

/** One referral in a list: enough to find the case, the client named for the one who works it. */
public record ReferralRow(long id, String status, String step, String clientName, String municipality,
        String urgency, String nurse, String assignedTo, Instant updatedAt) {
}
