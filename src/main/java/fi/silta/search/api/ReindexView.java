package fi.silta.search.api;

import java.time.Instant;

/**
 * The latest full reindex in the cluster, whichever instance runs it: {@code NONE} before the first, then
 * {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED} (also when the instance running it stopped). {@code documents}
 * counts the activities written to the index so far, as of the running instance's last heartbeat.
 */
public record ReindexView(String status, Instant startedAt, Instant finishedAt, Long durationMs, long documents,
        String startedBy, String message) {
}
