package fi.silta.publishing.api;

import java.time.Instant;

/** One change to a listing, or a refused attempt: when, by whom, what was done, and which fields changed. */
public record HistoryEntry(Instant at, String actor, Operation operation, Outcome outcome, String details) {

    public enum Outcome {
        SUCCESS,
        /** The user does not publish for the listing's organisation. */
        DENIED,
        /** Someone else had changed the listing since the version the user started from. */
        CONFLICT
    }
}
