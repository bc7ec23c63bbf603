package fi.silta.importers.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.silta.common.Language;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordFailure;

/**
 * Every file of the shared iCalendar corpora (real-world, invalid and pathological files from the test suites
 * of ical4j, python-icalendar and recurring-ical-events) either yields records, or is rejected per event or
 * as a whole with a reason. No exception escapes and no file takes longer than the per-file limit.
 */
class IcsCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/reference-data/ical");
    private static final Duration PER_FILE = Duration.ofSeconds(10);
    private static ExecutorService worker;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "ics-corpus");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void everyFileImportsOrIsRejectedWithAReason() throws IOException, InterruptedException {
        assertThat(CORPUS).as("the iCalendar corpus").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(300);
        IcsImporter importer = new IcsImporter();
        int imported = 0;
        int rejectedWhole = 0;
        int eventsRejected = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            FeedSession session = new FeedSession("corpus", file.toUri(), Language.FI, KeywordMap.builder().build(),
                    null, Instant.now(), Instant.now().plus(PER_FILE), 10, 20_000);
            Future<ParsedFeed> parsing = worker.submit(() -> importer.parse(utf8, session));
            try {
                ParsedFeed feed = parsing.get(PER_FILE.toMillis() + 2000, TimeUnit.MILLISECONDS);
                boolean hasEvents = text.toUpperCase(Locale.ROOT).contains("BEGIN:VEVENT");
                if (hasEvents && feed.records().isEmpty() && feed.failures().isEmpty()) {
                    problems.add(file + ": has events but neither imported nor rejected any");
                }
                for (RecordFailure failure : feed.failures()) {
                    if (failure.reason() == null || failure.reason().isBlank()) {
                        problems.add(file + ": an event was rejected without a reason");
                    }
                }
                imported += feed.records().size();
                eventsRejected += feed.failures().size();
            } catch (TimeoutException e) {
                parsing.cancel(true);
                problems.add(file + ": took longer than " + PER_FILE.toSeconds() + " s");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof FeedException rejection) {
                    rejectedWhole++;
                    if (rejection.getMessage() == null || rejection.getMessage().isBlank()) {
                        problems.add(file + ": rejected without a reason");
                    }
                } else {
                    problems.add(file + ": " + e.getCause());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        System.out.printf("iCalendar corpus: %d files, %d events imported, %d events rejected, %d files rejected%n",
                files.size(), imported, eventsRejected, rejectedWhole);
        // Most corpus events are holidays without a place and are rejected for it; about 900 import.
        assertThat(imported).isGreaterThan(800);
    }
}
