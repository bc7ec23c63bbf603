package fi.silta.catalogue;

import java.util.Collection;
import java.util.Map;

/**
 * How many places of each session are held for referred clients. The catalogue asks through this interface, so
 * that it shows places left without depending on the referrals feature, which implements it.
 */
public interface HeldPlaces {

    /** The places held in each of the sessions, by session id; a session without holds may be absent. */
    Map<Long, Long> heldIn(Collection<Long> occurrenceIds);
}
