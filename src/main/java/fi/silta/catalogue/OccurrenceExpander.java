package fi.silta.catalogue;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps concrete occurrences in a rolling window ahead of today. Runs at night (on one instance of the cluster) and
 * whenever a schedule changes; running it twice would give the same result, only slower.
 */
@ApplicationScoped
public class OccurrenceExpander {

    private static final Logger LOG = Logger.getLogger(OccurrenceExpander.class);
    private static final int BATCH = 200;

    private final ActivityRepository activities;
    private final CatalogueConfig config;
    private final Clock clock;

    OccurrenceExpander(ActivityRepository activities, CatalogueConfig config, Clock clock) {
        this.activities = activities;
        this.config = config;
        this.clock = clock;
    }

    /** Expands one activity's schedules within the current window (the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean expand(Activity activity) {
        ZonedDateTime from = ZonedDateTime.now(clock).withZoneSameInstant(Schedule.DEFAULT_ZONE).toLocalDate()
                .atStartOfDay(Schedule.DEFAULT_ZONE);
        return activity.expandOccurrences(from, from.plusDays(config.occurrenceWindowDays()));
    }

    @Nonconcurrent
    @Scheduled(cron = "{silta.catalogue.expansion-cron:0 15 2 * * ?}", identity = "occurrence-expansion")
    void nightly() {
        int changed = expandAll();
        LOG.infof("Occurrence window moved on: %d activities changed", changed);
    }

    /** Expands every activity that is not archived, in batches of short transactions. */
    public int expandAll() {
        int changed = 0;
        int offset = 0;
        while (true) {
            int start = offset;
            int[] batchChanged = { 0 };
            List<Long> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Activity> page = activities.listForExpansion(start, BATCH);
                for (Activity activity : page) {
                    if (expand(activity)) {
                        batchChanged[0]++;
                    }
                }
                return page.stream().map(Activity::id).toList();
            });
            changed += batchChanged[0];
            if (batch.size() < BATCH) {
                return changed;
            }
            offset += BATCH;
        }
    }
}
