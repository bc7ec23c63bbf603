package fi.silta.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.silta.search.api.ReindexView;

/**
 * The index rebuild's status in the database ({@code search_reindex}, one row), so that every instance sees the same
 * rebuild and only one runs at a time in the whole cluster. A rebuild counts as running while its instance keeps the
 * heartbeat fresh; one whose heartbeat is older than {@code abandonedAfter} (its instance stopped) is reported as
 * failed and no longer blocks the next. Every method runs in a short transaction of its own.
 */
@ApplicationScoped
class ReindexStatus {

    static final String RUNNING = "RUNNING";
    private static final String ABANDONED = "the instance running the rebuild stopped before it ended; start it again";

    private final Session session;

    ReindexStatus(Session session) {
        this.session = session;
    }

    /**
     * Marks a rebuild as started by {@code actor}, unless one is running (with a fresh heartbeat) anywhere.
     *
     * @return whether this caller may run it
     */
    boolean claim(String actor, Instant now, Duration abandonedAfter) {
        return QuarkusTransaction.requiringNew().call(() -> session.createNativeMutationQuery("""
                UPDATE search_reindex SET status = 'RUNNING', started_at = :now, finished_at = NULL,
                    heartbeat_at = :now, documents = 0, started_by = :actor, message = NULL
                WHERE id = 1 AND (status <> 'RUNNING' OR heartbeat_at < :stale)""")
                .setParameter("now", now).setParameter("actor", actor)
                .setParameter("stale", now.minus(abandonedAfter)).executeUpdate() == 1);
    }

    /** The running rebuild that began at {@code startedAt} is alive and has written {@code documents}. */
    void heartbeat(Instant startedAt, long documents, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> session.createNativeMutationQuery("""
                UPDATE search_reindex SET heartbeat_at = :now, documents = :documents
                WHERE id = 1 AND status = 'RUNNING' AND started_at = :started""")
                .setParameter("now", now).setParameter("documents", documents).setParameter("started", startedAt)
                .executeUpdate());
    }

    /** The rebuild that began at {@code startedAt} ended; a later rebuild's row is left alone. */
    void finish(Instant startedAt, String status, long documents, String message, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> session.createNativeMutationQuery("""
                UPDATE search_reindex SET status = :status, finished_at = :now, heartbeat_at = :now,
                    documents = :documents, message = :message
                WHERE id = 1 AND status = 'RUNNING' AND started_at = :started""")
                .setParameter("status", status).setParameter("now", now).setParameter("documents", documents)
                .setParameter("message", message).setParameter("started", startedAt).executeUpdate());
    }

    /** The latest rebuild in the cluster. */
    ReindexView read(Instant now, Duration abandonedAfter) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) session.createNativeQuery("""
                SELECT status, started_at, finished_at, heartbeat_at, documents, started_by, message
                FROM search_reindex WHERE id = 1""", Object[].class).getSingleResult());
        String status = (String) row[0];
        Instant started = instant(row[1]);
        Instant finished = instant(row[2]);
        Instant heartbeat = instant(row[3]);
        long documents = ((Number) row[4]).longValue();
        String message = (String) row[6];
        if (RUNNING.equals(status) && heartbeat != null && heartbeat.isBefore(now.minus(abandonedAfter))) {
            status = "FAILED";
            finished = heartbeat;
            message = ABANDONED;
        }
        Long durationMs = started != null && finished != null ? Duration.between(started, finished).toMillis() : null;
        return new ReindexView(status, started, finished, durationMs, documents, (String) row[5], message);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
