package fi.silta.publishing.api;

import java.time.Instant;

/** One change to a listing: when, by whom, what was done, and which fields changed. */
public record HistoryEntry(Instant at, String actor, String operation, String outcome, String details) {
}
