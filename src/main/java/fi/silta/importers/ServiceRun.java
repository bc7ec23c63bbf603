package fi.silta.importers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.silta.services.ServiceStatus;

/**
 * The part of a run that differs for a feed of ongoing services: the same steps as for activities (compare by
 * content hash, refuse to archive too much, write the changed records in batches, archive what left the feed), on the source's
 * services. Services are not matched across sources: a service is its source's own.
 */
@ApplicationScoped
class ServiceRun {

    private static final Logger LOG = Logger.getLogger(ServiceRun.class);

    private final ServiceRecordWriter writer;
    private final ImportRunRepository runs;
    private final ImportersConfig config;
    private final Clock clock;

    ServiceRun(ServiceRecordWriter writer, ImportRunRepository runs, ImportersConfig config, Clock clock) {
        this.writer = writer;
        this.runs = runs;
        this.config = config;
        this.clock = clock;
    }

    void run(SourceSettings settings, ParsedFeed feed, boolean forced, RunProgress progress, BooleanSupplier stopping) {
        feed.failures().forEach(progress::fail);
        Set<String> ids = new HashSet<>();
        List<ServiceRecordWriter.Prepared> records = new ArrayList<>();
        for (ImportedService raw : feed.services()) {
            if (!ids.add(raw.originId())) {
                progress.fail(new RecordFailure(raw.originId(), "has the same id as an earlier record of the feed",
                        raw.excerpt()));
                continue;
            }
            ImportedService record = raw.withDefaults(settings.defaultCategories(), settings.defaultTargetGroups(),
                    settings.language());
            records.add(new ServiceRecordWriter.Prepared(record,
                    record.contentHash(String.valueOf(settings.defaultMunicipality()))));
        }
        Map<String, ServiceRecordWriter.Known> known = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            runs.findById(progress.runId()).feedRead(records.size(), clock.instant());
            writer.knownOfSource(settings.name()).forEach(k -> known.put(k.originId(), k));
        });

        // Whatever the feed still holds counts as present, also records that failed this time.
        Set<String> seen = new HashSet<>(ids);
        feed.failures().stream().map(RecordFailure::originId).filter(Objects::nonNull).forEach(seen::add);
        List<String> leaving = known.values().stream().filter(k -> k.live() && !seen.contains(k.originId()))
                .map(ServiceRecordWriter.Known::originId).sorted().toList();
        long live = known.values().stream().filter(ServiceRecordWriter.Known::live).count();
        if (!forced && live > 0 && leaving.size() > live * config.maxArchiveShare()) {
            progress.finish(RunStatus.REFUSED, String.format(
                    "The feed lacks %d of the source's %d services (%d %%), more than the %d %% one run may "
                            + "archive; nothing was changed. If they really are gone, run again with force=true.",
                    leaving.size(), live, Math.round(100.0 * leaving.size() / live),
                    Math.round(100 * config.maxArchiveShare())));
            return;
        }

        RecordBatches<ServiceRecordWriter.Prepared> batches = new RecordBatches<>(config.batchSize(),
                batch -> writer.write(settings, batch), p -> p.record().originId(), p -> p.record().excerpt(),
                progress, settings.name());
        for (ServiceRecordWriter.Prepared prepared : records) {
            if (stopping.getAsBoolean()) {
                progress.finish(RunStatus.FAILED, "Stopped: the application shut down during the run");
                return;
            }
            ServiceRecordWriter.Known before = known.get(prepared.record().originId());
            if (before != null && before.status() == ServiceStatus.PUBLISHED
                    && prepared.hash().equals(before.contentHash())) {
                progress.unchanged++;
                progress.tick();
            } else {
                batches.add(prepared);
            }
        }
        batches.flush();
        for (String originId : leaving) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> writer.archive(settings, originId))) {
                    progress.archived++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not archive service %s of source %s", originId, settings.name());
                progress.fail(new RecordFailure(originId, "could not be archived: " + ImportRunner.reason(e), null));
            }
            progress.tick();
        }
        progress.finish(progress.failed > 0 ? RunStatus.COMPLETED_WITH_FAILURES : RunStatus.SUCCEEDED, null);
    }
}
