package fi.silta.referrals.api;

import java.time.Instant;

/**
 * One referral in a list: enough to find the case, the client named for the one who works it; for open
 * assigned cases, days since the last contact, the next step, when it is due and whether it is overdue.
 */
public record ReferralRow(long id, String status, String step, String clientName, String municipality,
        String urgency, String nurse, String assignedTo, Instant updatedAt, Long daysSinceLastContact,
        String nextStep, java.time.LocalDate due, boolean overdue, boolean linkPersonNeeded) {
}
