package fi.silta.catalogue.api;

import java.time.OffsetDateTime;

/**
 * One session; times carry the Finnish offset of that day. {@code placesLeft} is the session's capacity less the
 * places held for referred clients; null when the session has no limit.
 */
public record OccurrenceView(long id, OffsetDateTime start, OffsetDateTime end, boolean cancelled, Integer placesLeft) {
}
