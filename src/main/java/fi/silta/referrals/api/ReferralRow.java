package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;

import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;

/**
 * One referral in a list: enough to find the case, the client named for the one who works it; for open
 * assigned cases, days since the last contact, the next step, when it is due and whether it is overdue.
 */
public record ReferralRow(long id, ReferralStatus status, CaseStep step, String clientName, String municipality,
        Urgency urgency, String nurse, String assignedTo, Instant updatedAt, Long daysSinceLastContact,
        CaseStep nextStep, LocalDate due, boolean overdue, boolean linkPersonNeeded, Instant createdAt) {

    /** Whether the case waits in the coordinator's queue: it asks for a link-person and has none yet. */
    public boolean queued() {
        return linkPersonNeeded && assignedTo == null && status == ReferralStatus.REQUESTED;
    }
}
