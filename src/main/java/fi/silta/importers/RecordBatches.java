package fi.silta.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a run's changed records in batches, each in one transaction, and counts them in the run's progress. A
 * batch that fails is rolled back and its records written again one at a time, each in its own transaction, so a
 * bad record fails alone with its reason and the others of its batch are stored.
 *
 * @param <R> a record ready to be written
 */
final class RecordBatches<R> {

    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    /** Writes records in the caller's transaction; for each, whether it was created (else updated). */
    interface Writer<R> {
        List<Boolean> write(List<R> records);
    }

    private final int size;
    private final Writer<R> writer;
    private final Function<R, String> originId;
    private final Function<R, String> excerpt;
    private final RunProgress progress;
    private final String sourceName;
    private final List<R> pending = new ArrayList<>();

    RecordBatches(int size, Writer<R> writer, Function<R, String> originId, Function<R, String> excerpt,
            RunProgress progress, String sourceName) {
        this.size = Math.max(1, size);
        this.writer = writer;
        this.originId = originId;
        this.excerpt = excerpt;
        this.progress = progress;
        this.sourceName = sourceName;
    }

    /** Adds a changed record; a full batch is written at once. */
    void add(R record) {
        pending.add(record);
        if (pending.size() >= size) {
            flush();
        }
    }

    /** Writes what is pending. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<R> batch = List.copyOf(pending);
        pending.clear();
        List<Boolean> created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> writer.write(batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                failed(batch.get(0), e);
                return;
            }
            LOG.debugf(e, "A batch of %d records of source %s was not written; writing them one at a time",
                    batch.size(), sourceName);
            batch.forEach(this::writeAlone);
            return;
        }
        created.forEach(this::count);
    }

    private void writeAlone(R record) {
        boolean created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> writer.write(List.of(record))).get(0);
        } catch (RuntimeException e) {
            failed(record, e);
            return;
        }
        count(created);
    }

    private void count(boolean created) {
        if (created) {
            progress.created++;
        } else {
            progress.updated++;
        }
        progress.tick();
    }

    private void failed(R record, RuntimeException e) {
        LOG.debugf(e, "Record %s of source %s was not written", originId.apply(record), sourceName);
        progress.fail(new RecordFailure(originId.apply(record), "could not be saved: " + ImportRunner.reason(e),
                excerpt.apply(record)));
        progress.tick();
    }
}
