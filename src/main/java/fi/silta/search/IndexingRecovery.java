package fi.silta.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * No write is lost from the index, however long the search engine is away. Index updates travel through the outbox:
 * an update the engine refuses is retried a few times ({@code retry-delay} apart), then set aside as aborted. This
 * job puts aborted updates back in line while the engine answers, so a write made during an outage of any length is
 * found once the engine is back, without a restart or a rebuild. Runs on one instance of the cluster at a time.
 */
@ApplicationScoped
class IndexingRecovery {

    private static final Logger LOG = Logger.getLogger(IndexingRecovery.class);

    private final SearchMapping searchMapping;
    private final SearchEngineHealthCheck engine;

    IndexingRecovery(SearchMapping searchMapping, @Readiness SearchEngineHealthCheck engine) {
        this.searchMapping = searchMapping;
        this.engine = engine;
    }

    @Nonconcurrent
    @Scheduled(every = "{silta.search.indexing-recovery-every:30s}", delayed = "30s", identity = "search-indexing-recovery")
    void retryAborted() {
        OutboxPollingSearchMapping outbox = searchMapping.extension(OutboxPollingExtension.get());
        long aborted = outbox.countAbortedEvents();
        if (aborted == 0) {
            return;
        }
        if (!engine.isUp()) {
            LOG.infof("%d index updates wait for the search engine to come back", aborted);
            return;
        }
        LOG.infof("Index updates set aside while the search engine was away sent again: %d",
                outbox.reprocessAbortedEvents());
    }
}
