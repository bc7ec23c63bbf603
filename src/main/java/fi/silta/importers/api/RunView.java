package fi.silta.importers.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.silta.importers.RunStatus;
import fi.silta.importers.RunTrigger;

/**
 * One run in full: its counts, its progress while it is going, a message when it failed or was refused, and
 * each record it could not import.
 *
 * @param progress how many of the feed's records have been handled; total is null until the feed is read
 * @param errors the failed records, at most the configured number; {@code counts.failed} counts them all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunView(long id, String source, RunStatus status, RunTrigger trigger, boolean forced, String requestedBy,
        Instant startedAt, Instant finishedAt, ProgressView progress, CountsView counts, String message,
        List<ErrorView> errors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressView(int processed, Integer total) {
    }

    /** One record that was not imported. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorView(String originId, String reason, String excerpt) {
    }
}
