package fi.silta.search.api;

import java.time.Instant;

/**
 * The latest full reindex on this instance: {@code NONE} before the first, then {@code RUNNING},
 * {@code SUCCEEDED} or {@code FAILED}. {@code documents} counts the activities written to the index so far.
 */
public record ReindexView(String status, Instant startedAt, Instant finishedAt, Long durationMs, long documents,
        String startedBy, String message) {
}
