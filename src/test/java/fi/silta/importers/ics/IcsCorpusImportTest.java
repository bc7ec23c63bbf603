package fi.silta.importers.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.importers.ImportRun;
import fi.silta.importers.ImportRunFailure;
import fi.silta.importers.ImportRunFailureRepository;
import fi.silta.importers.ImportRunRepository;
import fi.silta.importers.RunLauncher;
import fi.silta.importers.RunStatus;
import fi.silta.importers.RunTrigger;
import fi.silta.importers.SourceService;
import fi.silta.importers.SourceType;
import fi.silta.importers.api.SourceRequest;
import fi.silta.testsupport.FeedServer;

/**
 * Acceptance: every file of the shared iCalendar corpora, served over HTTP and run through the whole import
 * (reading, writing, archiving), either imports or is rejected per event or per feed with a reason. No
 * exception escapes and no run outlives the per-file limit. Afterwards each source is emptied (a forced run
 * of an empty calendar), which archives what it brought, so the corpus does not crowd other tests' listings.
 */
@QuarkusTest
class IcsCorpusImportTest {

    private static final Path CORPUS = Path.of("src/test/resources/reference-data/ical");
    private static final Duration PER_FILE = Duration.ofSeconds(30);
    private static final String EMPTY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silta tests//Empty//EN\r\n"
            + "END:VCALENDAR\r\n";
    private static FeedServer server;

    @Inject
    SourceService sources;
    @Inject
    RunLauncher launcher;
    @Inject
    ImportRunRepository runs;
    @Inject
    ImportRunFailureRepository failures;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private record Outcome(RunStatus status, String message, int written, int failed, List<String> reasons) {
    }

    private Outcome runToEnd(String source, boolean force) {
        long id = launcher.start(source, RunTrigger.MANUAL, force, "corpus-test").id();
        Awaitility.await().atMost(PER_FILE).pollInterval(Duration.ofMillis(20)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> runs.findById(id).status().finished()));
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = runs.findById(id);
            List<String> reasons = failures.listOfRun(run, 10_000).stream().map(ImportRunFailure::reason).toList();
            return new Outcome(run.status(), run.message(), run.counts().created() + run.counts().updated()
                    + run.counts().unchanged(), run.counts().failed(), reasons);
        });
    }

    @Test
    void everyCorpusFileImportsOrIsRejectedWithAReason() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared corpus lies next to the project");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int imported = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = "corpus-" + i;
            String path = "/" + name + ".ics";
            server.serve(path, "text/calendar", Files.readAllBytes(file));
            sources.create(new SourceRequest(name, SourceType.ICS, server.url(path), null, null, null, false));
            try {
                Outcome outcome = runToEnd(name, false);
                boolean hasEvents = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .toUpperCase(Locale.ROOT).contains("BEGIN:VEVENT");
                switch (outcome.status()) {
                    case FAILED -> {
                        if (outcome.message() == null || outcome.message().isBlank()) {
                            problems.add(file + ": failed without a reason");
                        }
                    }
                    case SUCCEEDED, COMPLETED_WITH_FAILURES -> {
                        if (hasEvents && outcome.written() + outcome.failed() == 0) {
                            problems.add(file + ": has events but neither imported nor rejected any");
                        }
                        outcome.reasons().stream().filter(r -> r == null || r.isBlank() || r.contains("could not be"))
                                .forEach(r -> problems.add(file + ": " + r));
                    }
                    default -> problems.add(file + ": ended " + outcome.status() + " " + outcome.message());
                }
                imported += outcome.written();
                if (outcome.written() > 0) {
                    server.serve(path, "text/calendar", EMPTY);
                    Outcome emptied = runToEnd(name, true);
                    if (emptied.status() != RunStatus.SUCCEEDED) {
                        problems.add(file + ": emptying ended " + emptied.status() + " " + emptied.message());
                    }
                }
            } catch (ConditionTimeoutException e) {
                problems.add(file + ": still running after " + PER_FILE.toSeconds() + " s");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertThat(imported).isGreaterThan(800);
    }
}
