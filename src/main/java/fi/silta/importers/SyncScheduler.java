package fi.silta.importers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * Starts the runs that are due. The clustered scheduler fires the check on one instance at a time; the source lock
 * and the one-running-run rule still guard each run, since runs also start at start-up and when an admin asks.
 */
@ApplicationScoped
public class SyncScheduler {

    private final ImportSourceRepository sources;
    private final RunLauncher launcher;

    SyncScheduler(ImportSourceRepository sources, RunLauncher launcher) {
        this.sources = sources;
        this.launcher = launcher;
    }

    @Nonconcurrent
    @Scheduled(every = "{silta.importers.check-every:1m}", delayed = "30s", identity = "import-sync")
    void syncDue() {
        List<String> enabled = QuarkusTransaction.requiringNew()
                .call(() -> sources.listEnabled().stream().map(ImportSource::name).toList());
        for (String name : enabled) {
            launcher.startIfIdle(name, RunTrigger.SCHEDULE);
        }
    }
}
