package fi.silta.referrals.api;

import java.time.Instant;
import java.util.List;

import fi.silta.referrals.PlaceStatus;

/**
 * One upcoming session of the organiser's, with the places held in it. Participants are listed only when the
 * client consented to the organiser: first name, whether a companion or an interpreter comes, nothing else; the
 * others only count in {@code heldPlaces}.
 */
public record OrganiserSession(long activityId, Long occurrenceId, Instant start, Instant end, int heldPlaces,
        List<Participant> participants) {

    public record Participant(long placeId, String firstName, boolean companion, boolean interpreter,
            PlaceStatus status) {
    }
}
