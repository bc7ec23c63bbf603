package fi.silta.referrals.api;

/**
 * When an open case is said to fall off the path: after {@code contactAttempts} contacts without reaching the
 * client, when returned to the queue or waiting unassigned for {@code unassignedDays}, or with no step, contact or
 * change for {@code silentDays}.
 */
public record FallingOffRules(int contactAttempts, int unassignedDays, int silentDays) {
}
