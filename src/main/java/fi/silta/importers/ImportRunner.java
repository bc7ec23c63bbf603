package fi.silta.importers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.CatalogueConfig;
import fi.silta.catalogue.Interval;
import fi.silta.catalogue.Schedule;

/**
 * Carries one run from reading the feed to its final status. The feed is read and parsed first, within the
 * feed's time limit and without touching the catalogue; then the run compares it with what the source
 * brought before, refuses to archive too much, and writes the changed records in batches of one transaction
 * each ({@link RecordBatches}); a batch that fails is written again one record at a time, so one bad record
 * never spoils the others. Unchanged records are not written at all.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportRunRepository runs;
    private final ImportRunFailureRepository failures;
    private final ActivityOriginRepository origins;
    private final RecordWriter writer;
    private final ServiceRun serviceRun;
    private final FeedFetcher fetcher;
    private final KeywordMaps keywordMaps;
    private final Instance<FeedImporter> importers;
    private final ImportersConfig config;
    private final CatalogueConfig catalogueConfig;
    private final Clock clock;
    private final ExecutorService parsers;
    private volatile boolean stopping;

    ImportRunner(ImportRunRepository runs, ImportRunFailureRepository failures, ActivityOriginRepository origins,
            RecordWriter writer, ServiceRun serviceRun, FeedFetcher fetcher, KeywordMaps keywordMaps,
            @Any Instance<FeedImporter> importers,
            ImportersConfig config, CatalogueConfig catalogueConfig, Clock clock) {
        this.runs = runs;
        this.failures = failures;
        this.origins = origins;
        this.writer = writer;
        this.serviceRun = serviceRun;
        this.fetcher = fetcher;
        this.keywordMaps = keywordMaps;
        this.importers = importers;
        this.config = config;
        this.catalogueConfig = catalogueConfig;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "silta-feed-reader-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.parsers = Executors.newCachedThreadPool(factory);
    }

    /** Runs stop between records, and feeds being read are interrupted. */
    void requestStop() {
        stopping = true;
        parsers.shutdownNow();
    }

    /** Runs a started run to its end. Never throws: whatever happens ends up in the run's status. */
    public void execute(long runId) {
        RunProgress progress = new RunProgress(runId, runs, failures, config, clock);
        try {
            execute(progress);
        } catch (RuntimeException | Error e) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import run %d failed unexpectedly, error id %s", runId, errorId);
            progress.finish(RunStatus.FAILED, "Unexpected failure; the error id in the log is " + errorId);
        }
    }

    private void execute(RunProgress progress) {
        record Start(SourceSettings settings, boolean forced) {
        }
        Start start = QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = runs.findById(progress.runId());
            return new Start(SourceSettings.of(run.source()), run.forced());
        });
        SourceSettings settings = start.settings();
        boolean forced = start.forced();
        Instant now = clock.instant();

        ParsedFeed feed;
        try {
            feed = read(settings, now);
        } catch (FeedException e) {
            progress.finish(RunStatus.FAILED, e.getMessage());
            return;
        }
        if (settings.type().bringsServices()) {
            serviceRun.run(settings, feed, forced, progress, () -> stopping);
            return;
        }

        List<PreparedRecord> records = prepare(settings, feed, progress, now);
        Map<String, ActivityOriginRepository.Known> known = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            runs.findById(progress.runId()).feedRead(records.size(), clock.instant());
            ImportSource source = runs.findById(progress.runId()).source();
            origins.knownOfSource(source).forEach(k -> known.put(k.originId(), k));
        });

        // Whatever the feed still holds counts as present, also records that failed this time.
        Set<String> seen = new HashSet<>();
        feed.records().forEach(r -> seen.add(r.originId()));
        feed.failures().stream().map(RecordFailure::originId).filter(Objects::nonNull).forEach(seen::add);
        List<String> leaving = known.values().stream().filter(k -> k.live() && !seen.contains(k.originId()))
                .map(ActivityOriginRepository.Known::originId).sorted().toList();
        long live = known.values().stream().filter(ActivityOriginRepository.Known::live).count();
        if (!forced && live > 0 && leaving.size() > live * config.maxArchiveShare()) {
            progress.finish(RunStatus.REFUSED, String.format(
                    "The feed lacks %d of the source's %d activities (%d %%), more than the %d %% one run may "
                            + "archive; nothing was changed. If they really are gone, run again with force=true.",
                    leaving.size(), live, Math.round(100.0 * leaving.size() / live),
                    Math.round(100 * config.maxArchiveShare())));
            return;
        }

        RecordBatches<PreparedRecord> batches = new RecordBatches<>(config.batchSize(),
                batch -> writer.write(settings, batch, clock.instant()).stream()
                        .map(outcome -> outcome == RecordWriter.Outcome.CREATED).toList(),
                PreparedRecord::originId, r -> r.record().excerpt(), progress, settings.name());
        for (PreparedRecord record : records) {
            if (stopping) {
                progress.finish(RunStatus.FAILED, "Stopped: the application shut down during the run");
                return;
            }
            ActivityOriginRepository.Known before = known.get(record.originId());
            if (before != null && before.live() && before.contentHash().equals(record.contentHash())
                    && before.activityStatus() != ActivityStatus.ARCHIVED) {
                progress.unchanged++;
                progress.tick();
            } else {
                batches.add(record);
            }
        }
        batches.flush();
        for (String originId : leaving) {
            try {
                boolean archived = QuarkusTransaction.requiringNew()
                        .call(() -> writer.archive(settings, originId, clock.instant()));
                if (archived) {
                    progress.archived++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not archive %s of source %s", originId, settings.name());
                progress.fail(new RecordFailure(originId, "could not be archived: " + reason(e), null));
            }
            progress.tick();
        }
        progress.finish(progress.failed > 0 ? RunStatus.COMPLETED_WITH_FAILURES : RunStatus.SUCCEEDED, null);
    }

    /** Reads and parses the feed in a worker, so that a feed that hangs the parser still ends the run in time. */
    private ParsedFeed read(SourceSettings settings, Instant now) throws FeedException {
        FeedImporter importer = importers.stream().filter(i -> i.type() == settings.type()).findFirst()
                .orElseThrow(() -> new FeedException("No importer for " + settings.type()));
        KeywordMap keywords = keywordMaps.load();
        Instant deadline = Instant.now().plus(config.feedTimeLimit());
        FeedSession session = new FeedSession(settings.name(), FeedSession.parseUrl(settings.url()),
                settings.language(), keywords, fetcher, now, deadline, config.maxPages(), config.maxRecords());
        Future<ParsedFeed> parsing;
        try {
            parsing = parsers.submit(() -> importer.read(session));
        } catch (RejectedExecutionException e) {
            throw new FeedException("Stopped: the application shut down during the run");
        }
        try {
            ParsedFeed feed = parsing.get(config.feedTimeLimit().toMillis() + 1000, TimeUnit.MILLISECONDS);
            session.checkRecordCount(feed.records().size() + feed.services().size() + feed.failures().size());
            return feed;
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw new FeedException("Reading the feed took longer than " + config.feedTimeLimit().toSeconds() + " s");
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("Interrupted while reading the feed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FeedException feedException) {
                throw feedException;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e.getCause(), "Importer failed on source %s, error id %s", settings.name(), errorId);
            throw new FeedException("The importer failed on this feed; the error id in the log is " + errorId);
        }
    }

    /**
     * Adds the source's defaults, drops a second record with an id already seen, and computes what the
     * comparison with earlier runs and other sources needs.
     */
    private List<PreparedRecord> prepare(SourceSettings settings, ParsedFeed feed, RunProgress progress, Instant now) {
        feed.failures().forEach(progress::fail);
        Set<String> ids = new HashSet<>();
        List<PreparedRecord> prepared = new ArrayList<>();
        ZonedDateTime windowStart = now.atZone(Schedule.DEFAULT_ZONE).toLocalDate().atStartOfDay(Schedule.DEFAULT_ZONE);
        ZonedDateTime windowEnd = windowStart.plusDays(catalogueConfig.occurrenceWindowDays());
        for (ImportedActivity raw : feed.records()) {
            if (!ids.add(raw.originId())) {
                progress.fail(new RecordFailure(raw.originId(), "has the same id as an earlier record of the feed",
                        raw.excerpt()));
                continue;
            }
            ImportedActivity record = raw.withDefaults(settings.defaultCategories(), settings.defaultTargetGroups(),
                    settings.language());
            String hash = record.contentHash(String.valueOf(settings.defaultMunicipality()));
            try {
                prepared.add(new PreparedRecord(record, hash, record.matchKey(),
                        firstStart(record, windowStart, windowEnd, now)));
            } catch (RuntimeException e) {
                progress.fail(new RecordFailure(raw.originId(), "its dates cannot be worked out: " + reason(e),
                        raw.excerpt()));
            }
        }
        return prepared;
    }

    private static Instant firstStart(ImportedActivity record, ZonedDateTime from, ZonedDateTime to, Instant now) {
        Instant next = record.schedules().stream()
                .flatMap(s -> s.detached().occurrencesBetween(from, to).stream())
                .filter(interval -> interval.end().isAfter(now))
                .map(Interval::start).min(Comparator.naturalOrder()).orElse(null);
        if (next != null) {
            return next;
        }
        return record.schedules().stream().map(s -> ZonedDateTime.of(s.firstStart(), s.zone()).toInstant())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** A reason fit for an administrator: the rule that refused the record, never a stack trace. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                || cause instanceof RecordException) {
            return cause.getMessage();
        }
        return "the database refused it (" + cause.getClass().getSimpleName() + ")";
    }
}
