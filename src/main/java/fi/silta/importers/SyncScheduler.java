package fi.silta.importers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Starts the runs that are due. Every instance checks; the source lock and the one-running-run rule make
 * sure only one of them starts a given run.
 */
@ApplicationScoped
public class SyncScheduler {

    private final ImportSourceRepository sources;
    private final RunLauncher launcher;

    SyncScheduler(ImportSourceRepository sources, RunLauncher launcher) {
        this.sources = sources;
        this.launcher = launcher;
    }

    @Scheduled(every = "{silta.importers.check-every:1m}", delayed = "30s", identity = "import-sync", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncDue() {
        List<String> enabled = QuarkusTransaction.requiringNew()
                .call(() -> sources.listEnabled().stream().map(ImportSource::name).toList());
        for (String name : enabled) {
            launcher.startIfIdle(name, RunTrigger.SCHEDULE);
        }
    }
}
