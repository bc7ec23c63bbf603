package fi.silta.reports.api;

/**
 * When the falling-off list flags a case, as its page states it: contact attempts without reaching the client,
 * days unassigned, days without anything recorded, sessions missed since the last one attended.
 */
public record FallingOffThresholds(int contactAttempts, int unassignedDays, int silentDays, int sessionsMissed) {
}
