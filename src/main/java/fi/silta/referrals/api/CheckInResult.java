package fi.silta.referrals.api;

import java.time.Instant;

/** Whether a check-in code recorded attendance; nothing else about the client. */
public record CheckInResult(boolean recorded, long activityId, Instant start) {
}
