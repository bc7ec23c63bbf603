package fi.silta.tasks.api;

import java.math.BigDecimal;
import java.time.Instant;

import fi.silta.tasks.ClaimStatus;

/** One helper's part in a task; the helper's first name only for the task's host. */
public record ClaimView(long id, long taskId, long helperId, String helperName, ClaimStatus status,
        Instant claimedAt, Instant confirmedAt, BigDecimal hours, String cancelReason, String hostFeedback,
        String helperFeedback) {
}
