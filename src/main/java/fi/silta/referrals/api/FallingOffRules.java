package fi.silta.referrals.api;

/**
 * When an open case is said to fall off the path: after {@code contactAttempts} contacts without reaching the
 * client, when returned to the queue or waiting unassigned for {@code unassignedDays}, with no step, contact or
 * change for {@code silentDays}, or after {@code sessionsMissed} sessions with a held place the client did not come
 * to since the last one they came to.
 */
public record FallingOffRules(int contactAttempts, int unassignedDays, int silentDays, int sessionsMissed) {
}
