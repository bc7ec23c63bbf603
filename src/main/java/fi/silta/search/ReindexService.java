package fi.silta.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.Activity;
import fi.silta.common.problem.ProblemException;
import fi.silta.search.api.ReindexView;
import fi.silta.security.Role;

/**
 * Rebuilds the activity index from the database: after a mapping or analyser change, after restoring a
 * backup, or when the index was lost. The index stays searchable while it runs: documents are replaced in
 * place, not dropped first (activities are archived, never deleted, so no document is left orphaned). One
 * rebuild at a time in the whole cluster: its status lives in the database ({@link ReindexStatus}), where every
 * instance reads it; the instance running it keeps a heartbeat there. The outbox keeps indexing ordinary changes
 * meanwhile.
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);

    private final SearchMapping searchMapping;
    private final ReindexStatus status;
    private final AuditLog audit;
    private final Clock clock;
    private final int loadingThreads;
    private final int batchSize;
    private final Duration transactionTimeout;
    private final Duration heartbeatInterval;
    private final Duration abandonedAfter;
    private final ScheduledExecutorService heartbeats;
    /** The rebuild this instance runs, if any: when it began and how many documents it has written. */
    private final AtomicReference<Running> running = new AtomicReference<>();

    private record Running(Instant startedAt, AtomicLong documents, ScheduledFuture<?> heartbeat) {
    }

    ReindexService(SearchMapping searchMapping, ReindexStatus status, AuditLog audit, Clock clock,
            @ConfigProperty(name = "silta.search.reindex.loading-threads", defaultValue = "4") int loadingThreads,
            @ConfigProperty(name = "silta.search.reindex.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "silta.search.reindex.transaction-timeout", defaultValue = "PT6H") Duration transactionTimeout,
            @ConfigProperty(name = "silta.search.reindex.heartbeat-interval", defaultValue = "5S") Duration heartbeatInterval,
            @ConfigProperty(name = "silta.search.reindex.abandoned-after", defaultValue = "2M") Duration abandonedAfter) {
        this.searchMapping = searchMapping;
        this.status = status;
        this.audit = audit;
        this.clock = clock;
        this.loadingThreads = loadingThreads;
        this.batchSize = batchSize;
        this.transactionTimeout = transactionTimeout;
        this.heartbeatInterval = heartbeatInterval;
        this.abandonedAfter = abandonedAfter;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "silta-reindex-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a rebuild in the background on this instance.
     *
     * @throws ProblemException 409 when one is already going on any instance
     */
    public ReindexView start(String actor) {
        // As the database keeps it (microseconds), so the answer and every instance's status name the same instant.
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!status.claim(actor, started, abandonedAfter)) {
            throw ProblemException.conflict("a reindex is already going; wait for it to end");
        }
        try {
            record(actor);
            run(started, actor);
        } catch (RuntimeException e) {
            // Not started after all: a later request may try again instead of being told one is going.
            stopHeartbeat();
            status.finish(started, "FAILED", 0, "the rebuild could not start; the server log has the reason",
                    clock.instant());
            throw e;
        }
        return new ReindexView(ReindexStatus.RUNNING, started, null, null, 0, actor, null);
    }

    private void run(Instant started, String actor) {
        AtomicLong documents = new AtomicLong();
        long every = heartbeatInterval.toMillis();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> beat(started, documents), every, every,
                TimeUnit.MILLISECONDS);
        running.set(new Running(started, documents, heartbeat));
        searchMapping.scope(Activity.class).massIndexer()
                .typesToIndexInParallel(1)
                // Documents are replaced in place, so searches keep finding everything while it runs.
                .purgeAllOnStart(false)
                .threadsToLoadObjects(loadingThreads)
                .batchSizeToLoadObjects(batchSize)
                // The identifiers are read in one transaction that lasts the whole rebuild; the default of a
                // minute ended rebuilds of catalogues above about 70,000 activities.
                .transactionTimeout((int) Math.min(Integer.MAX_VALUE, transactionTimeout.toSeconds()))
                .monitor(new Progress(documents))
                .start()
                .whenComplete((ignored, failure) -> {
                    stopHeartbeat();
                    Instant finished = clock.instant();
                    long ms = Duration.between(started, finished).toMillis();
                    if (failure == null) {
                        LOG.infof("Reindex by %s done: %d activities in %d ms", actor, documents.get(), ms);
                        status.finish(started, "SUCCEEDED", documents.get(), null, finished);
                    } else {
                        LOG.errorf(failure, "Reindex by %s failed after %d ms", actor, ms);
                        status.finish(started, "FAILED", documents.get(),
                                "the rebuild failed; the server log has the reason", finished);
                    }
                });
    }

    private void beat(Instant started, AtomicLong documents) {
        try {
            status.heartbeat(started, documents.get(), clock.instant());
        } catch (RuntimeException e) {
            // The database may be restarting; the next beat tries again, well before the rebuild counts as abandoned.
            LOG.warnf("Reindex heartbeat not written: %s", e.getClass().getSimpleName());
        }
    }

    private void stopHeartbeat() {
        Running current = running.getAndSet(null);
        if (current != null) {
            current.heartbeat().cancel(false);
        }
    }

    /** The latest rebuild in the cluster, with its progress (as of its last heartbeat). */
    public ReindexView latest() {
        return status.read(clock.instant(), abandonedAfter);
    }

    /** A rebuild this instance runs ends with it: marked failed at once, rather than when its heartbeat goes stale. */
    void stop(@Observes ShutdownEvent event) {
        Running current = running.getAndSet(null);
        heartbeats.shutdownNow();
        if (current != null) {
            try {
                status.finish(current.startedAt(), "FAILED", current.documents().get(),
                        "the instance running the rebuild stopped before it ended; start it again", clock.instant());
            } catch (RuntimeException e) {
                LOG.warnf("Could not record that the running reindex stopped: %s", e.getClass().getSimpleName());
            }
        }
    }

    @Transactional
    void record(String actor) {
        audit.record(Trail.CHANGES,
                AuditEntry.of(actor, Role.ADMIN, "search.reindex", "search_index", null).details("activity"));
    }

    /** Keeps the count of documents written, which the heartbeat stores as the rebuild's progress. */
    private static final class Progress implements MassIndexingMonitor {
        private final AtomicLong documents;

        Progress(AtomicLong documents) {
            this.documents = documents;
        }

        @Override
        public void documentsAdded(long increment) {
            documents.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
