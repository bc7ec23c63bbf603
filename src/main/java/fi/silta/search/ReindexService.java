package fi.silta.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

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
 * rebuild at a time per instance; the outbox keeps indexing ordinary changes meanwhile.
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);

    private final SearchMapping searchMapping;
    private final AuditLog audit;
    private final Clock clock;
    private final int loadingThreads;
    private final int batchSize;
    private final Duration transactionTimeout;
    private final AtomicReference<ReindexView> latest = new AtomicReference<>(
            new ReindexView("NONE", null, null, null, 0, null, null));

    ReindexService(SearchMapping searchMapping, AuditLog audit, Clock clock,
            @ConfigProperty(name = "silta.search.reindex.loading-threads", defaultValue = "4") int loadingThreads,
            @ConfigProperty(name = "silta.search.reindex.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "silta.search.reindex.transaction-timeout", defaultValue = "PT6H") Duration transactionTimeout) {
        this.searchMapping = searchMapping;
        this.audit = audit;
        this.clock = clock;
        this.loadingThreads = loadingThreads;
        this.batchSize = batchSize;
        this.transactionTimeout = transactionTimeout;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws ProblemException 409 when one is already going on this instance
     */
    public ReindexView start(String actor) {
        Instant started = clock.instant();
        ReindexView running = new ReindexView("RUNNING", started, null, null, 0, actor, null);
        ReindexView previous = latest.get();
        if ("RUNNING".equals(previous.status()) || !latest.compareAndSet(previous, running)) {
            throw ProblemException.conflict("a reindex is already going; wait for it to end");
        }
        try {
            record(actor);
            run(started, actor);
        } catch (RuntimeException e) {
            // Not started after all: a later request may try again instead of being told one is going.
            latest.set(new ReindexView("FAILED", started, clock.instant(), null, 0, actor,
                    "the rebuild could not start; the server log has the reason"));
            throw e;
        }
        return running;
    }

    private void run(Instant started, String actor) {
        AtomicLong documents = new AtomicLong();
        searchMapping.scope(Activity.class).massIndexer()
                .typesToIndexInParallel(1)
                // Documents are replaced in place, so searches keep finding everything while it runs.
                .purgeAllOnStart(false)
                .threadsToLoadObjects(loadingThreads)
                .batchSizeToLoadObjects(batchSize)
                // The identifiers are read in one transaction that lasts the whole rebuild; the default of a
                // minute ended rebuilds of catalogues above about 70,000 activities.
                .transactionTimeout((int) Math.min(Integer.MAX_VALUE, transactionTimeout.toSeconds()))
                .monitor(new Progress(documents, started, actor))
                .start()
                .whenComplete((ignored, failure) -> {
                    Instant finished = clock.instant();
                    long ms = Duration.between(started, finished).toMillis();
                    if (failure == null) {
                        LOG.infof("Reindex by %s done: %d activities in %d ms", actor, documents.get(), ms);
                        latest.set(new ReindexView("SUCCEEDED", started, finished, ms, documents.get(), actor, null));
                    } else {
                        LOG.errorf(failure, "Reindex by %s failed after %d ms", actor, ms);
                        latest.set(new ReindexView("FAILED", started, finished, ms, documents.get(), actor,
                                "the rebuild failed; the server log has the reason"));
                    }
                });
    }

    /** The latest rebuild on this instance. */
    public ReindexView latest() {
        return latest.get();
    }

    @Transactional
    void record(String actor) {
        audit.record(Trail.CHANGES,
                AuditEntry.of(actor, Role.ADMIN, "search.reindex", "search_index", null).details("activity"));
    }

    /** Keeps the count of documents written, so that the status shows progress. */
    private final class Progress implements MassIndexingMonitor {
        private final AtomicLong documents;
        private final Instant started;
        private final String actor;

        Progress(AtomicLong documents, Instant started, String actor) {
            this.documents = documents;
            this.started = started;
            this.actor = actor;
        }

        @Override
        public void documentsAdded(long increment) {
            long now = documents.addAndGet(increment);
            latest.set(new ReindexView("RUNNING", started, null, null, now, actor, null));
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
