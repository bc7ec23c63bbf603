package fi.silta.importers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

import fi.silta.common.problem.ProblemException;

/**
 * Starts runs, one at a time per source across every instance: the source row is locked while the run row is
 * written, and the database allows one running run per source. A run whose instance died (no heartbeat for
 * a while) is marked failed, so it does not block the source for ever. Runs execute on a small pool of this
 * instance's threads.
 */
@ApplicationScoped
public class RunLauncher {

    private static final Logger LOG = Logger.getLogger(RunLauncher.class);

    /** A run that was started: its id and status. */
    public record Started(long id, RunStatus status) {
    }

    private final ImportSourceRepository sources;
    private final ImportRunRepository runs;
    private final ImportRunner runner;
    private final ImportersConfig config;
    private final Clock clock;
    private final ExecutorService executor;

    RunLauncher(ImportSourceRepository sources, ImportRunRepository runs, ImportRunner runner, ImportersConfig config,
            Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.runner = runner;
        this.config = config;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "silta-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.parallelRuns()), factory);
    }

    /** At shutdown, while the database is still there: runs stop between records and record how far they got. */
    void stop(@Observes ShutdownEvent event) {
        runner.requestStop();
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }

    /**
     * Starts a run of the named source on this instance.
     *
     * @throws ProblemException 404 for an unknown source, 409 when a run of it is already going
     */
    public Started start(String sourceName, RunTrigger trigger, boolean forced, String requestedBy) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportSource source = sources.lockByName(sourceName)
                    .orElseThrow(() -> ProblemException.notFound("Source " + sourceName));
            return begin(source, trigger, forced, requestedBy).orElseThrow(() -> ProblemException
                    .conflict("A run of source " + sourceName + " is already going; wait for it to end"));
        });
        submit(id);
        return new Started(id, RunStatus.RUNNING);
    }

    /**
     * Starts a run unless one is going or, for scheduled runs, the source is not due yet. Used by the
     * scheduler and at start-up, where another instance may have been quicker.
     *
     * @return the run, if one was started
     */
    public Optional<Started> startIfIdle(String sourceName, RunTrigger trigger) {
        Optional<Long> id = QuarkusTransaction.requiringNew().call(() -> {
            Optional<ImportSource> source = sources.lockByName(sourceName);
            if (source.isEmpty() || !source.get().enabled()) {
                return Optional.empty();
            }
            if (trigger == RunTrigger.SCHEDULE && !source.get().isDue(runs.lastStart(source.get()), clock.instant())) {
                return Optional.empty();
            }
            return begin(source.get(), trigger, false, null);
        });
        id.ifPresent(this::submit);
        return id.map(runId -> new Started(runId, RunStatus.RUNNING));
    }

    /** In the caller's transaction, holding the source's lock. */
    private Optional<Long> begin(ImportSource source, RunTrigger trigger, boolean forced, String requestedBy) {
        Instant now = clock.instant();
        Optional<ImportRun> running = runs.findRunning(source);
        if (running.isPresent()) {
            if (!running.get().isAbandoned(now, config.abandonedAfter())) {
                return Optional.empty();
            }
            running.get().finish(RunStatus.FAILED, running.get().counts(),
                    "Abandoned: no progress for longer than " + config.abandonedAfter().toMinutes()
                            + " minutes, its instance probably stopped",
                    now);
            runs.flush();
        }
        ImportRun run = new ImportRun(source, trigger, forced, requestedBy, now);
        runs.persist(run);
        runs.flush();
        return Optional.of(run.id());
    }

    private void submit(long runId) {
        try {
            executor.execute(() -> runner.execute(runId));
        } catch (RejectedExecutionException e) {
            LOG.warnf("Import run %d not started: the application is shutting down", runId);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportRun run = runs.findById(runId);
                run.finish(RunStatus.FAILED, run.counts(), "Not started: the application shut down", clock.instant());
            });
        }
    }
}
