package fi.silta.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.localstack.LocalStack;

/**
 * Silta's sustained-load run (docs/reliability.md): the packaged application in the {@code prod} profile, in front of
 * a PostgreSQL and an OpenSearch of its own, under a steady open-loop load of searches and writes for ten minutes,
 * with the search engine frozen for 30 s and the database restarted in the middle. Reports requests, errors by status,
 * p95 per minute, heap after a full collection and resident memory per minute, and whether every acknowledged write
 * is there at the end: each published listing found by search, each referral in the state its last answer gave.
 * Writes {@code target/reliability/results.json} and {@code results.md}; with {@code -Drel.publish=true} also the
 * results section of {@code docs/reliability.md} and {@code docs/reliability-results.json}.
 */
public final class Reliability {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern HEAP = Pattern.compile(
            "(?m)^\\s*(?:DefNew|Tenured|def new generation|tenured generation|garbage-first heap|PSYoungGen|ParOldGen)\\s[^\\n]*?used (\\d+)K");

    /** The run's settings, from system properties ({@code -Drel.*}). */
    record Settings(int minutes, int rate, int activities, int warmUpSeconds, double engineAtMinute, int engineSeconds,
            double databaseAtMinute, int databaseSeconds, boolean publish) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("rel.minutes", 10), Integer.getInteger("rel.rate", 5),
                    Integer.getInteger("rel.activities", 10_000), Integer.getInteger("rel.warm-up-seconds", 60),
                    Double.parseDouble(System.getProperty("rel.engine-pause-at", "3")),
                    Integer.getInteger("rel.engine-pause-seconds", 30),
                    Double.parseDouble(System.getProperty("rel.database-restart-at", "6")),
                    Integer.getInteger("rel.database-down-seconds", 10), Boolean.getBoolean("rel.publish"));
        }
    }

    /** A readiness change seen from outside, ms since the load began. */
    record ReadinessChange(long atMs, int status) {
    }

    private Reliability() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path out = project.resolve("target/reliability");
        Benchmark.LocalStackCleanup.delete(out.resolve("stack"));
        Files.createDirectories(out);
        log("Settings: %s", settings);
        LocalStack.Addresses stack = LocalStack.startForBenchmark(out.resolve("stack"), "512m");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", Instant.now().toString());
        result.put("settings", settings);
        result.put("machine", Machine.describe(stack, "http://" + stack.searchHosts()));
        try (Issuer issuer = new Issuer();
                Connection database = DriverManager.getConnection(stack.jdbcUrl(), stack.ownerUsername(),
                        stack.ownerPassword())) {
            Map<String, String> environment = Benchmark.environment(stack, issuer);
            List<String> properties = List.of("-Dquarkus.mailer.mock=true",
                    "-Dquarkus.log.category.\"io.quarkus.mailer\".level=WARN");
            try (SiltaProcess first = SiltaProcess.start(project, out, environment, properties)) {
                log("Schema created, ready in %d ms", first.readyMillis());
            }
            Vocabulary words = Vocabulary.load();
            CatalogueGenerator.Counts counts = new CatalogueGenerator(words, Instant.now()).generate(database,
                    settings.activities(), 42);
            result.put("catalogue", counts);
            log("Catalogue: %s", counts);
            try (SiltaProcess silta = SiltaProcess.start(project, out, environment, properties)) {
                String admin = issuer.token("rel-admin", "admin");
                Http.post(silta.baseUrl() + "/api/v1/admin/search/reindex", admin, null).expect(202);
                while (JSON.readTree(Http.get(silta.baseUrl() + "/api/v1/admin/search/reindex", admin).expect(200)
                        .body()).path("status").asText().equals("RUNNING")) {
                    Thread.sleep(500);
                }
                log("Index built");
                SteadyLoad load = prepare(silta.baseUrl(), issuer, database, words);
                log("Warm-up: %d s of searches, not measured", settings.warmUpSeconds());
                load.warmUp(settings.rate(), Duration.ofSeconds(settings.warmUpSeconds()));
                result.putAll(measure(settings, silta, load, stack));
            }
        }
        ReliabilityReport.write(result, out, project, settings.publish());
        log("Done: %s", out.resolve("results.md"));
        System.exit(0);
    }

    /** The load's users, the publisher's organisation and place, and the query set. */
    private static SteadyLoad prepare(String silta, Issuer issuer, Connection database, Vocabulary words)
            throws Exception {
        long organisation;
        long place;
        try (Statement sql = database.createStatement();
                ResultSet rs = sql.executeQuery("SELECT o.id, min(p.id) FROM organisation o JOIN place p"
                        + " ON p.organisation_id = o.id GROUP BY o.id ORDER BY o.id LIMIT 1")) {
            rs.next();
            organisation = rs.getLong(1);
            place = rs.getLong(2);
        }
        String admin = issuer.token("rel-admin", "admin");
        Http.send("PUT", silta + "/api/v1/admin/organisations/" + organisation + "/members/rel-publisher", admin, null)
                .expect(204);
        String coordinator = issuer.token("rel-coordinator", "coordinator");
        Http.send("PUT", silta + "/api/v1/link-persons/rel-linkperson", coordinator,
                JSON.writeValueAsString(Map.of("displayName", "Linkki", "email", "linkki@example.org", "capacity",
                        500, "municipalities", List.of("272"), "languages", List.of("fi", "sv"))))
                .expect(200);
        List<BenchQuery> queries = BenchQuery.mixedSet(300, 11, words, CatalogueGenerator.postalAreas(database),
                Benchmark.busyMunicipalities(database), LocalDate.now(ZoneId.of("Europe/Helsinki")));
        return new SteadyLoad(silta, queries, new SteadyLoad.Tokens(issuer.token("rel-publisher", "publisher"),
                issuer.token("rel-nurse", "nurse"), coordinator, issuer.token("rel-linkperson", "link_person"),
                "rel-linkperson"), organisation, place);
    }

    private static Map<String, Object> measure(Settings settings, SiltaProcess silta, SteadyLoad load,
            LocalStack.Addresses stack) throws Exception {
        long start = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        List<ReadinessChange> readiness = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> memory = new CopyOnWriteArrayList<>();
        Map<String, Long> faults = new LinkedHashMap<>();
        Thread watcher = daemon("readiness", () -> watchReadiness(silta.baseUrl(), start, settings, readiness));
        Thread sampler = daemon("memory", () -> sampleMemory(silta, start, settings.minutes(), memory));
        Thread chaos = daemon("faults", () -> inject(settings, start, faults));
        log("Load: %d requests/s for %d minutes", settings.rate(), settings.minutes());
        load.run(settings.rate(), Duration.ofMinutes(settings.minutes()), start);
        chaos.join();
        sampler.join();
        watcher.interrupt();
        log("Load done; checking that every acknowledged write is there");

        Map<String, Object> writes = new LinkedHashMap<>();
        Set<Long> published = load.published();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        Set<Long> found = findable(silta.baseUrl());
        while (!found.containsAll(published) && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            found = findable(silta.baseUrl());
        }
        Set<Long> missing = new HashSet<>(published);
        missing.removeAll(found);
        Map<Long, String> referrals = load.referrals();
        // A connection of its own: the one opened before the load ended with the database restart.
        Map<Long, String> stored;
        try (Connection database = DriverManager.getConnection(stack.jdbcUrl(), stack.ownerUsername(),
                stack.ownerPassword())) {
            stored = referralStatuses(database);
        }
        long wrongReferrals = referrals.entrySet().stream()
                .filter(e -> !normal(e.getValue()).equals(normal(stored.get(e.getKey())))).count();
        writes.put("flowsStarted", load.startedFlows());
        writes.put("flowsAbandoned", load.abandonedFlows());
        writes.put("publishedListings", published.size());
        writes.put("publishedListingsNotFound", missing.size());
        writes.put("referrals", referrals.size());
        writes.put("referralsNotAsAcknowledged", wrongReferrals);
        writes.put("writesLost", missing.size() + wrongReferrals);
        log("Writes: %s", writes);

        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("faults", faults);
        measured.put("readiness", readiness);
        measured.put("memory", memory);
        measured.put("writes", writes);
        measured.put("samples", load.samples());
        measured.put("unexpectedFailuresLogged", count(silta.log(), "Unexpected failure"));
        return measured;
    }

    /** Freezes the engine, then restarts the database, at the settings' minutes; records when (ms since start). */
    private static void inject(Settings settings, long start, Map<String, Long> faults) {
        try {
            sleepUntil(start + (long) (settings.engineAtMinute() * 60e9));
            faults.put("enginePausedAtMs", sinceMs(start));
            LocalStack.searchEngine().pause();
            log("Search engine paused");
            Thread.sleep(settings.engineSeconds() * 1000L);
            LocalStack.searchEngine().resume();
            faults.put("engineResumedAtMs", sinceMs(start));
            log("Search engine resumed");
            sleepUntil(start + (long) (settings.databaseAtMinute() * 60e9));
            faults.put("databaseStoppedAtMs", sinceMs(start));
            LocalStack.database().stop();
            log("Database stopped");
            Thread.sleep(settings.databaseSeconds() * 1000L);
            LocalStack.database().start();
            faults.put("databaseStartedAtMs", sinceMs(start));
            log("Database started");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void watchReadiness(String silta, long start, Settings settings, List<ReadinessChange> changes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(silta + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        int last = -1;
        while (!Thread.currentThread().isInterrupted()) {
            int status;
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                status = 0;
            }
            if (status != last) {
                changes.add(new ReadinessChange(sinceMs(start), status));
                last = status;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * At the end of each minute: a full collection (jcmd GC.run), then the heap in use after it and the resident set
     * size. The collection adds one pause a minute, the same in every minute.
     */
    private static void sampleMemory(SiltaProcess silta, long start, int minutes, List<Map<String, Object>> memory) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int minute = 1; minute <= minutes; minute++) {
            try {
                sleepUntil(start + TimeUnit.MINUTES.toNanos(minute) - TimeUnit.SECONDS.toNanos(2));
                run(jcmd.toString(), Long.toString(silta.pid()), "GC.run");
                Matcher used = HEAP.matcher(run(jcmd.toString(), Long.toString(silta.pid()), "GC.heap_info"));
                long kb = 0;
                while (used.find()) {
                    kb += Long.parseLong(used.group(1));
                }
                Map<String, Object> sample = new LinkedHashMap<>();
                sample.put("minute", minute);
                sample.put("heapAfterGcMb", Math.round(kb / 102.4) / 10.0);
                sample.put("rssMb", silta.residentMegabytes()[0]);
                memory.add(sample);
                log("Minute %d: %s", minute, sample);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log("Memory sample of minute %d failed: %s", minute, e);
            }
        }
    }

    /** The ids of every listing the load wrote that search finds, page by page. */
    private static Set<Long> findable(String silta) throws Exception {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; page <= 100; page++) {
            Http.Answer answer = Http.get(silta + "/api/v1/activities?size=100&sort=soonest&page=" + page + "&q="
                    + URLEncoder.encode(SteadyLoad.MARKER, StandardCharsets.UTF_8), null);
            if (answer.status() != 200) {
                return ids;
            }
            JsonNode items = JSON.readTree(answer.body()).path("items");
            items.forEach(item -> ids.add(item.path("id").asLong()));
            if (items.size() < 100) {
                break;
            }
        }
        return ids;
    }

    private static Map<Long, String> referralStatuses(Connection database) throws Exception {
        Map<Long, String> statuses = new LinkedHashMap<>();
        try (Statement sql = database.createStatement();
                ResultSet rs = sql.executeQuery("SELECT id, status FROM referral")) {
            while (rs.next()) {
                statuses.put(rs.getLong(1), rs.getString(2));
            }
        }
        return statuses;
    }

    private static String normal(String status) {
        return status == null ? "" : status.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static long count(Path log, String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, "reliability-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static long sinceMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void log(String format, Object... args) {
        System.out.printf("[reliability %s] %s%n", Instant.now().toString().substring(11, 19),
                String.format(format, args));
    }
}
