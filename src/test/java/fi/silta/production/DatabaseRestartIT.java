package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.silta.localstack.LocalStack;
import fi.silta.localstack.ServiceControl;

/**
 * The database restarts while residents search and a publisher writes. The instance reports itself not ready, then
 * ready again, without being restarted; no request waits past its time limits, none answers 500 (a 503 with
 * Retry-After while the database is away, nothing else), and every write either happened whole or not at all.
 */
class DatabaseRestartIT {

    /** Longest any request may take: the pool's wait for a connection and a statement's, with room for two cores. */
    private static final Duration LONGEST = Duration.ofSeconds(15);
    private static ProductionStack stack;
    private static Publisher publisher;

    record Outcome(String kind, long at, Calls.Answer answer) {
    }

    @BeforeAll
    static void deployed() {
        stack = ProductionStack.get().restAssured();
        publisher = Publisher.join(stack, "Uudelleenkäynnistyjät ry");
    }

    @Test
    void theInstanceRecoversByItselfAndNoWriteIsHalfDone() throws Exception {
        String silta = stack.siltaUrl();
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread searches = load(running, () -> outcomes.add(new Outcome("search", System.currentTimeMillis(),
                Calls.get(silta + "/api/v1/activities?q=jumppa", null, "application/json", Duration.ofSeconds(30)))));
        int[] sequence = { 0 };
        Thread writes = load(running, () -> outcomes.add(new Outcome("write", System.currentTimeMillis(),
                publisher.create(silta, "Uudelleenkäynnistyksen jumppa " + (++sequence[0])))));
        ServiceControl database = LocalStack.database();
        long stopped;
        long recovered;
        try {
            Thread.sleep(3000);
            stopped = System.currentTimeMillis();
            database.stop();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                    .until(() -> ready(silta) == 503);
            Thread.sleep(3000);
        } finally {
            database.start();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> ready(silta) == 200);
        recovered = System.currentTimeMillis();
        Thread.sleep(5000);
        running.set(false);
        searches.join();
        writes.join();

        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.answer().status()).as("%s", outcome).isIn(200, 201, 503);
            assertThat(outcome.answer().millis()).as("%s", outcome).isLessThan(LONGEST.toMillis());
        });
        assertThat(outcomes).filteredOn(outcome -> outcome.answer().status() == 503).allSatisfy(outcome -> {
            assertThat(outcome.at()).as("a 503 only while the database was away: %s", outcome)
                    .isBetween(stopped - LONGEST.toMillis(), recovered + 2000);
            assertThat(outcome.answer().header("Retry-After")).isNotBlank();
            assertThat(outcome.answer().header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(outcomes).filteredOn(outcome -> outcome.at() > recovered + 1000)
                .as("after recovery every request succeeds").isNotEmpty()
                .allSatisfy(outcome -> assertThat(outcome.answer().ok()).as("%s", outcome).isTrue());

        Set<Long> acknowledged = new TreeSet<>();
        outcomes.stream().filter(outcome -> outcome.kind().equals("write") && outcome.answer().status() == 201)
                .forEach(outcome -> acknowledged.add(outcome.answer().json().path("id").asLong()));
        LocalStack.Addresses services = stack.services();
        try (Connection sql = DriverManager.getConnection(services.jdbcUrl(), services.ownerUsername(),
                services.ownerPassword())) {
            Set<Long> stored = ids(sql, "SELECT id FROM activity WHERE title_fi LIKE 'Uudelleenkäynnistyksen jumppa %'");
            Set<Long> audited = ids(sql, "SELECT a.id FROM activity a JOIN audit_event e ON e.resource_type = 'activity'"
                    + " AND e.resource_id = a.id AND e.operation = 'create' AND e.outcome = 'SUCCESS'"
                    + " WHERE a.title_fi LIKE 'Uudelleenkäynnistyksen jumppa %'");
            assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
            assertThat(audited).as("every stored listing has its audit entry: nothing half-written").isEqualTo(stored);
        }
    }

    private static Thread load(AtomicBoolean running, Runnable call) {
        Thread thread = new Thread(() -> {
            while (running.get()) {
                call.run();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        thread.start();
        return thread;
    }

    private static int ready(String silta) {
        return Calls.get(silta + "/q/health/ready", null, "application/json", Duration.ofSeconds(10)).status();
    }

    private static Set<Long> ids(Connection sql, String query) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

}
