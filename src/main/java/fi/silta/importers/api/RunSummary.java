package fi.silta.importers.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One run in a list: when, how it ended and what it did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(long id, String status, String trigger, boolean forced, Instant startedAt,
        Instant finishedAt, CountsView counts) {
}
