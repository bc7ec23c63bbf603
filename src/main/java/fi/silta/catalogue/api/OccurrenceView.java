package fi.silta.catalogue.api;

import java.time.OffsetDateTime;

/** One session; times carry the Finnish offset of that day. */
public record OccurrenceView(long id, OffsetDateTime start, OffsetDateTime end, boolean cancelled) {
}
