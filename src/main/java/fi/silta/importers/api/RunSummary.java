package fi.silta.importers.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.silta.importers.RunStatus;
import fi.silta.importers.RunTrigger;

/** One run in a list: when, how it ended and what it did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(long id, RunStatus status, RunTrigger trigger, boolean forced, Instant startedAt,
        Instant finishedAt, CountsView counts) {
}
