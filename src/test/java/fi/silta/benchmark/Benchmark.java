package fi.silta.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.localstack.LocalStack;

/**
 * Silta's benchmark (docs/performance.md): generates catalogues of the given sizes into a real PostgreSQL
 * and OpenSearch, starts the packaged application in the {@code prod} profile and measures, side by side,
 * Silta's search, the same searches sent straight to the engine and the same searches in PostgreSQL full
 * text; then reindexing against the engine's bulk rate, an iCalendar import, referral flows, start-up time
 * and resident memory. Writes {@code target/benchmark/results.json} and {@code results.md}, and with
 * {@code -Dbench.publish=true} the table into {@code docs/performance.md} and the JSON beside it.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final int REFERENCE_SIZE = 100_000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path out = project.resolve("target/benchmark");
        Path stackDir = out.resolve("stack");
        LocalStackCleanup.delete(stackDir);
        Files.createDirectories(out);
        log("Settings: %s", settings);

        long stackStarted = System.nanoTime();
        LocalStack.Addresses stack = LocalStack.startForBenchmark(stackDir, settings.openSearchHeap());
        log("PostgreSQL at %s, OpenSearch at %s (%d ms)", stack.jdbcUrl(), stack.searchHosts(),
                (System.nanoTime() - stackStarted) / 1_000_000);
        String engine = "http://" + stack.searchHosts();
        Report report = new Report(settings);
        report.machine(Machine.describe(stack, engine));

        try (Issuer issuer = new Issuer();
                Connection database = DriverManager.getConnection(stack.jdbcUrl(),
                        stack.ownerUsername(), stack.ownerPassword())) {
            Map<String, String> environment = environment(stack, issuer);
            List<String> properties = new ArrayList<>(settings.siltaJvmOptions());
            properties.addAll(List.of("-Dsilta.importers.allow-loopback=true", "-Dquarkus.mailer.mock=true",
                    "-Dquarkus.log.category.\"io.quarkus.mailer\".level=WARN"));
            // First start: Flyway creates the schema, Hibernate Search the index.
            try (SiltaProcess first = SiltaProcess.start(project, out, environment, properties)) {
                log("First start (empty database, schema created): ready in %d ms", first.readyMillis());
                report.firstStart(first.readyMillis());
            }
            Vocabulary words = Vocabulary.load();
            Instant now = Instant.now();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
            String admin = issuer.token("bench-admin", "admin");
            for (int i = 0; i < settings.sizes().size(); i++) {
                int size = settings.sizes().get(i);
                // The import and the referral flows run once, over the 100k catalogue (the targets' reference
                // size) or, in a run without it, over the last one.
                boolean extras = settings.extras() && (size == REFERENCE_SIZE
                        || (i == settings.sizes().size() - 1 && !settings.sizes().contains(REFERENCE_SIZE)));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("activities", size);
                log("== %,d activities ==", size);
                long generateStarted = System.nanoTime();
                Map<String, Object> profiles = new LinkedHashMap<>();
                result.put("profiles", profiles);
                Path profileDir = Files.createDirectories(out.resolve("profiles"));
                CatalogueGenerator.Counts counts = new CatalogueGenerator(words, now).generate(database, size, 42);
                result.put("generated", counts);
                result.put("generateMs", (System.nanoTime() - generateStarted) / 1_000_000);
                log("Generated %s in %d ms", counts, result.get("generateMs"));

                // This start is recorded (the recorder slows it a little); the start after the reindex is the clean one.
                try (SiltaProcess silta = SiltaProcess.start(project, out, environment, properties,
                        List.of(Profiler.fromStart("startup")))) {
                    result.put("recordedStartMs", silta.readyMillis());
                    log("Silta ready in %d ms, recorded (Quarkus reports %d ms)", silta.readyMillis(),
                            silta.reportedStartMillis());
                    profiles.put("Start-up (recorded start)", Profiler.stop(silta.pid(), "startup",
                            profileDir.resolve(size + "-startup.jfr")));

                    Profiler.start(silta.pid(), "reindex");
                    Map<String, Object> reindex = reindex(silta.baseUrl(), admin);
                    profiles.put("Silta full reindex", Profiler.stop(silta.pid(), "reindex",
                            profileDir.resolve(size + "-reindex.jfr")));
                    result.put("reindex", reindex);
                    log("Silta reindex: %s", reindex);
                }
                // A fresh process for the rest, as a production instance that has not just rebuilt its index (the
                // rebuild's recording would also stay in its memory).
                try (SiltaProcess silta = SiltaProcess.start(project, out, environment, properties)) {
                    result.put("startupMs", silta.readyMillis());
                    result.put("startupCpuSeconds", ProcessCpu.seconds(silta.pid()));
                    result.put("startupReportedMs", silta.reportedStartMillis());
                    log("Silta started again, ready in %d ms (Quarkus reports %d ms)", silta.readyMillis(),
                            silta.reportedStartMillis());
                    EngineBulk.Result bulk = EngineBulk.run(engine, "activity-read", out.resolve("bulk.ndjson"),
                            settings.bulkThreads());
                    result.put("engineBulk", bulk);
                    log("Engine bulk: %s", bulk);
                    long pgBuild = PostgresFullText.build(database);
                    result.put("postgresBuildMs", pgBuild);
                    log("PostgreSQL full-text table and indexes built in %d ms", pgBuild);
                    result.put("indexMb", indexMegabytes(engine + "/activity-read/_stats/store"));
                    result.put("postgresSearchTableMb", PostgresFullText.megabytes(database));

                    List<CatalogueGenerator.PostalArea> areas = CatalogueGenerator.postalAreas(database);
                    List<BenchQuery> queries = BenchQuery.mixedSet(settings.queries(), 11, words, areas,
                            busyMunicipalities(database), today);
                    List<String> engineBodies = queries.stream().map(q -> EngineQuery.body(q, Instant.now())).toList();
                    // The query set as each system gets it, to rerun or profile one query by hand.
                    Files.write(out.resolve(size + "-silta-queries.txt"),
                            queries.stream().map(BenchQuery::siltaPath).toList());
                    Files.write(out.resolve(size + "-engine-queries.ndjson"), engineBodies);
                    List<PostgresFullText.Prepared> pgQueries = queries.stream()
                            .map(q -> PostgresFullText.prepare(q, Instant.now())).toList();
                    result.put("agreement", agreement(silta.baseUrl(), engine, queries, database, pgQueries));
                    log("Agreement: %s", result.get("agreement"));

                    List<Map<String, Object>> search = new ArrayList<>();
                    long[] peak = { 0, 0 };
                    for (int clients : settings.clients()) {
                        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                        AtomicLong highest = new AtomicLong();
                        sampler.scheduleAtFixedRate(() -> highest.accumulateAndGet(silta.residentMegabytes()[0], Math::max),
                                0, 200, TimeUnit.MILLISECONDS);
                        Load.Result siltaLoad = Load.run(clients, settings.warmUp(), settings.measure(),
                                index -> siltaClient(silta.baseUrl(), queries));
                        sampler.shutdownNow();
                        peak[0] = Math.max(peak[0], highest.get());
                        peak[1] = Math.max(peak[1], silta.residentMegabytes()[1]);
                        search.add(row("Silta", siltaLoad, highest.get()));
                        log("Silta     %2d clients: %s (RSS %d MB)", clients, siltaLoad, highest.get());
                        Load.Result engineLoad = Load.run(clients, settings.warmUp(), settings.measure(),
                                index -> engineClient(engine + "/activity-read/_search", engineBodies));
                        search.add(row("OpenSearch direct", engineLoad, null));
                        log("Engine    %2d clients: %s", clients, engineLoad);
                        Load.Result pgLoad = Load.run(clients, settings.warmUp(), settings.measure(),
                                index -> postgresClient(stack, pgQueries));
                        search.add(row("PostgreSQL full text", pgLoad, null));
                        log("Postgres  %2d clients: %s", clients, pgLoad);
                    }
                    // Profiled apart from the measured rows, so the recorder neither slows them nor adds to the memory.
                    int busiest = settings.clients().get(settings.clients().size() - 1);
                    Profiler.start(silta.pid(), "search");
                    Load.run(busiest, Duration.ofSeconds(2), settings.measure(),
                            index -> siltaClient(silta.baseUrl(), queries));
                    profiles.put("Silta search, " + busiest + " clients", Profiler.stop(silta.pid(), "search",
                            profileDir.resolve(size + "-search.jfr")));
                    result.put("search", search);
                    result.put("residentMbUnderLoad", peak[0]);
                    result.put("residentMbHighWater", peak[1]);

                    if (extras) {
                        report.extrasCatalogue(size);
                        Profiler.start(silta.pid(), "ics");
                        IcsImport.Result ics = IcsImport.run(silta.baseUrl(), admin, settings.icsEvents(), words, today);
                        profiles.put("iCalendar import (both runs)", Profiler.stop(silta.pid(), "ics",
                                profileDir.resolve(size + "-ics.jfr")));
                        report.ics(ics);
                        log("iCalendar import: %s", ics);
                        Profiler.start(silta.pid(), "referrals");
                        ReferralFlows.Result flows = ReferralFlows.run(silta.baseUrl(), issuer, database,
                                settings.referralClients(), settings.warmUp(), settings.measure());
                        profiles.put("Referral flows", Profiler.stop(silta.pid(), "referrals",
                                profileDir.resolve(size + "-referrals.jfr")));
                        report.referrals(flows);
                        log("Referral flows: %s", flows);
                        long[] memory = silta.residentMegabytes();
                        report.memoryAfterAll(memory[0], memory[1]);
                    }
                }
                report.size(result);
                report.write(out, project, settings.publish());
            }
        }
        log("Done: %s", out.resolve("results.md"));
        if (settings.holdSeconds() > 0) {
            // PostgreSQL and the engine stay up, with the last catalogue, to be looked at by hand.
            log("Holding the stack for %d s: PostgreSQL at %s, OpenSearch at %s", settings.holdSeconds(),
                    stack.jdbcUrl(), stack.searchHosts());
            Thread.sleep(settings.holdSeconds() * 1000L);
        }
        System.exit(0);
    }

    static Map<String, String> environment(LocalStack.Addresses stack, Issuer issuer) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SILTA_DB_URL", stack.jdbcUrl());
        environment.put("SILTA_DB_USERNAME", stack.dbUsername());
        environment.put("SILTA_DB_PASSWORD", stack.dbPassword());
        environment.put("SILTA_DB_OWNER_USERNAME", stack.ownerUsername());
        environment.put("SILTA_DB_OWNER_PASSWORD", stack.ownerPassword());
        environment.put("SILTA_SEARCH_HOSTS", stack.searchHosts());
        environment.put("SILTA_OIDC_URL", issuer.url());
        environment.put("SILTA_OIDC_CLIENT_ID", "silta");
        environment.put("SILTA_OIDC_CLIENT_SECRET", "benchmark-secret");
        environment.put("SILTA_CLIENT_DATA_KEY", Base64.getEncoder().encodeToString(key));
        byte[] indexKey = new byte[32];
        new SecureRandom().nextBytes(indexKey);
        environment.put("SILTA_CLIENT_INDEX_KEY", Base64.getEncoder().encodeToString(indexKey));
        byte[] sessionSecret = new byte[32];
        new SecureRandom().nextBytes(sessionSecret);
        environment.put("SILTA_SESSION_SECRET", Base64.getEncoder().encodeToString(sessionSecret));
        // Nothing listens for mail in a measured run; notifications fail quietly instead of waiting for STARTTLS.
        environment.put("SILTA_SMTP_START_TLS", "DISABLED");
        environment.put("SILTA_COUNTY", "18");
        return environment;
    }

    private static Map<String, Object> reindex(String silta, String admin) throws Exception {
        Http.post(silta + "/api/v1/admin/search/reindex", admin, null).expect(202);
        JsonNode status;
        while (true) {
            status = JSON.readTree(Http.get(silta + "/api/v1/admin/search/reindex", admin).expect(200).body());
            if (!"RUNNING".equals(status.path("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        if (!"SUCCEEDED".equals(status.path("status").asText())) {
            throw new IllegalStateException("Reindex failed: " + status);
        }
        long documents = status.path("documents").asLong();
        long millis = status.path("durationMs").asLong();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", documents);
        result.put("millis", millis);
        result.put("perSecond", documents * 1000.0 / Math.max(1, millis));
        return result;
    }

    /** The primary store size of the index behind an alias. */
    private static long indexMegabytes(String statsUrl) throws Exception {
        return JSON.readTree(Http.get(statsUrl, null).expect(200).body()).path("_all").path("primaries").path("store")
                .path("size_in_bytes").asLong() / (1024 * 1024);
    }

    private static long siltaTotal(String silta, BenchQuery query) throws Exception {
        return JSON.readTree(Http.get(silta + query.siltaPath(), null).expect(200).body()).path("total").asLong();
    }

    private static long engineTotal(String engine, BenchQuery query) throws Exception {
        return EngineQuery.total(Http.post(engine + "/activity-read/_search", null, EngineQuery.body(query, Instant.now()))
                .expect(200).body());
    }

    /** Each query's total from Silta and from the engine must be the same; PostgreSQL's differs by design. */
    private static Map<String, Object> agreement(String silta, String engine, List<BenchQuery> queries,
            Connection database, List<PostgresFullText.Prepared> pgQueries) throws Exception {
        int same = 0;
        List<String> different = new ArrayList<>();
        long siltaHits = 0;
        long pgHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            // Both at the same moment: a session that ends between two requests takes its activity out of "upcoming"
            // for the later one. The engine's body is written right after Silta's answer, and a pair that differs is
            // asked once more, in case such a moment fell between them.
            long siltaTotal = siltaTotal(silta, queries.get(i));
            long engineTotal = engineTotal(engine, queries.get(i));
            if (siltaTotal != engineTotal) {
                siltaTotal = siltaTotal(silta, queries.get(i));
                engineTotal = engineTotal(engine, queries.get(i));
            }
            long pgTotal = pgQueries.get(i).run(database);
            siltaHits += siltaTotal;
            pgHits += pgTotal;
            if (siltaTotal == engineTotal) {
                same++;
            } else if (different.size() < 5) {
                different.add(queries.get(i).siltaPath() + " silta=" + siltaTotal + " engine=" + engineTotal);
            }
        }
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("queries", queries.size());
        agreement.put("sameTotalSiltaAndEngine", same);
        agreement.put("examplesOfDifference", different);
        agreement.put("meanHitsSilta", siltaHits / queries.size());
        agreement.put("meanHitsPostgres", pgHits / queries.size());
        return agreement;
    }

    static List<String> busyMunicipalities(Connection database) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Statement statement = database.createStatement();
                ResultSet rs = statement.executeQuery("SELECT p.municipality_code FROM activity a JOIN place p "
                        + "ON p.id = a.place_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 40")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static Load.Client siltaClient(String base, List<BenchQuery> queries) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = queries.stream().map(q -> HttpRequest.newBuilder(URI.create(base + q.siltaPath()))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build()).toList();
        return sequence -> {
            HttpResponse<byte[]> response = http.send(requests.get(Math.floorMod(sequence, requests.size())),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        };
    }

    private static Load.Client engineClient(String url, List<String> bodies) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = bodies.stream().map(body -> HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).toList();
        return sequence -> {
            HttpResponse<byte[]> response = http.send(requests.get(Math.floorMod(sequence, requests.size())),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        };
    }

    private static Load.Client postgresClient(LocalStack.Addresses stack, List<PostgresFullText.Prepared> queries) {
        try {
            Connection connection = DriverManager.getConnection(stack.jdbcUrl(), stack.ownerUsername(), stack.ownerPassword());
            return new Load.Client() {
                @Override
                public void call(int sequence) throws Exception {
                    queries.get(Math.floorMod(sequence, queries.size())).run(connection);
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> row(String system, Load.Result load, Long residentMb) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", system);
        row.put("clients", load.clients());
        row.put("requests", load.requests());
        row.put("errors", load.errors());
        row.put("throughput", load.throughput());
        row.put("p50", load.p50());
        row.put("p95", load.p95());
        row.put("p99", load.p99());
        row.put("mean", load.mean());
        if (residentMb != null) {
            row.put("residentMb", residentMb);
        }
        return row;
    }

    static void log(String format, Object... args) {
        System.out.printf("[benchmark %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }

    /** What a run measures and how long; all from system properties so Maven passes them through. */
    record Settings(List<Integer> sizes, List<Integer> clients, Duration warmUp, Duration measure, int queries,
            int icsEvents, int referralClients, int bulkThreads, String openSearchHeap, boolean publish,
            List<String> siltaJvmOptions, String publishSection, boolean extras, int holdSeconds) {

        static Settings fromSystemProperties() {
            return new Settings(ints(System.getProperty("bench.sizes", "10000,100000,1000000")),
                    ints(System.getProperty("bench.clients", "1,8,32")),
                    Duration.ofSeconds(Long.parseLong(System.getProperty("bench.warmup-seconds", "10"))),
                    Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "20"))),
                    Integer.parseInt(System.getProperty("bench.queries", "300")),
                    Integer.parseInt(System.getProperty("bench.ics-events", "10000")),
                    Integer.parseInt(System.getProperty("bench.referral-clients", "8")),
                    Integer.parseInt(System.getProperty("bench.bulk-threads", "2")),
                    System.getProperty("bench.opensearch-heap", "1g"),
                    Boolean.parseBoolean(System.getProperty("bench.publish", "false")),
                    Arrays.stream(System.getProperty("bench.silta-jvm-options", "").split("\\s+"))
                            .filter(option -> !option.isBlank()).toList(),
                    System.getProperty("bench.publish-section", "").isBlank() ? ""
                            : "-" + System.getProperty("bench.publish-section").strip(),
                    Boolean.parseBoolean(System.getProperty("bench.extras", "true")),
                    Integer.parseInt(System.getProperty("bench.hold-seconds", "0")));
        }

        private static List<Integer> ints(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                    .toList();
        }
    }

    /** Removes the previous run's database and index folders. */
    static final class LocalStackCleanup {
        static void delete(Path root) throws Exception {
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
