package fi.silta.catalogue;

import java.time.Instant;

/** A start and an end in absolute time. */
public record Interval(Instant start, Instant end) {
}
