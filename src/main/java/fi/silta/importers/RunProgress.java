package fi.silta.importers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The run's counts and pending failures, written out now and then so the run can be watched. */
final class RunProgress {
    private static final Logger LOG = Logger.getLogger(RunProgress.class);
    private static final int PROGRESS_EVERY_RECORDS = 50;
    private static final long PROGRESS_EVERY_MILLIS = 1000;

    private final long runId;
    private final ImportRunRepository runs;
    private final ImportRunFailureRepository failures;
    private final ImportersConfig config;
    private final Clock clock;
    private final List<RecordFailure> pending = new ArrayList<>();
    private int stored;
    private int unstored;
    int created;
    int updated;
    int unchanged;
    int archived;
    int failed;
    private int sinceFlush;
    private long lastFlush = System.currentTimeMillis();

    RunProgress(long runId, ImportRunRepository runs, ImportRunFailureRepository failures, ImportersConfig config,
            Clock clock) {
        this.runId = runId;
        this.runs = runs;
        this.failures = failures;
        this.config = config;
        this.clock = clock;
    }

    long runId() {
        return runId;
    }

    void fail(RecordFailure failure) {
        failed++;
        if (stored + pending.size() < config.maxStoredFailures()) {
            pending.add(failure);
        }
    }

    void tick() {
        sinceFlush++;
        if (sinceFlush >= PROGRESS_EVERY_RECORDS
                || System.currentTimeMillis() - lastFlush > PROGRESS_EVERY_MILLIS) {
            flush();
        }
    }

    RunCounts counts() {
        return new RunCounts(created, updated, unchanged, archived, failed);
    }

    void flush() {
        RunCounts counts = counts();
        List<RecordFailure> batch = List.copyOf(pending);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportRun run = runs.findById(runId);
                if (!run.status().finished()) {
                    run.progress(counts, clock.instant());
                }
                batch.forEach(failure -> failures.persist(new ImportRunFailure(run, failure)));
            });
            stored += batch.size();
        } catch (RuntimeException e) {
            // The run goes on; its counts stay true, only these failures' details are lost.
            LOG.warnf(e, "Could not store the progress of import run %d", runId);
            unstored += batch.size();
        }
        pending.clear();
        sinceFlush = 0;
        lastFlush = System.currentTimeMillis();
    }

    /**
     * Records the run's end. Should the failed records' details not be stored, the end is recorded
     * without them, so that no value from a feed can leave a run running.
     */
    void finish(RunStatus status, String message) {
        RunCounts counts = counts();
        List<RecordFailure> batch = List.copyOf(pending);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportRun run = runs.findById(runId);
                batch.forEach(failure -> failures.persist(new ImportRunFailure(run, failure)));
                if (!run.status().finished()) {
                    run.finish(status, counts, withUnstored(message, unstored), clock.instant());
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not store the failed records of import run %d; recording its end without them",
                    runId);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    ImportRun run = runs.findById(runId);
                    if (!run.status().finished()) {
                        run.finish(status, counts, withUnstored(message, unstored + batch.size()),
                                clock.instant());
                    }
                });
            } catch (RuntimeException again) {
                LOG.errorf(again, "Could not record the end of import run %d", runId);
                return;
            }
        }
        pending.clear();
        LOG.infof("Import run %d ended %s: %d created, %d updated, %d unchanged, %d archived, %d failed", runId,
                status, counts.created(), counts.updated(), counts.unchanged(), counts.archived(),
                counts.failed());
    }

    private static String withUnstored(String message, int unstored) {
        if (unstored == 0) {
            return message;
        }
        String note = "The details of " + unstored + " failed records could not be stored.";
        return message == null ? note : message + " " + note;
    }
}
