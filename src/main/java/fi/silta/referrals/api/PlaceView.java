package fi.silta.referrals.api;

import java.time.Instant;

import fi.silta.referrals.PlaceStatus;

/**
 * A place held for the client in one session, as the referral's nurse and link-person see it. The check-in code
 * goes on the client's sheet; it names the place, never the client.
 */
public record PlaceView(long id, long activityId, Long occurrenceId, Instant start, Instant end, PlaceStatus status,
        Instant heldUntil, String checkInCode, Instant checkInUntil, boolean companion, boolean interpreter,
        String confirmedBy, Instant confirmedAt, Instant sessionCalledOffAt) {
}
