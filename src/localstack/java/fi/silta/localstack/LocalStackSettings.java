package fi.silta.localstack;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/**
 * Where and how the local stack runs. Dev mode keeps its data in {@code .silta/} under the project so
 * that a second {@code ./mvnw quarkus:dev} finds the same catalogue; tests use throw-away folders.
 *
 * @param profile {@code dev}, {@code test}, {@code it} (the production-like tier) or {@code bench} (the benchmark)
 * @param persistent whether data survives the JVM (dev) or is deleted at exit (test)
 * @param dataRoot folder holding the PostgreSQL and OpenSearch data of this profile
 * @param openSearchZip the OpenSearch distribution as Maven downloaded it
 * @param openSearchHome where the distribution is unpacked (outside {@code src})
 * @param openSearchHeap the OpenSearch heap, for example {@code 512m}
 * @param startTimeout how long to wait for each service to become healthy
 * @param production whether the services run as in production: PostgreSQL syncing every commit to disk
 *        and OpenSearch with its full JIT compiler (the benchmark), rather than tuned for a quick start
 */
record LocalStackSettings(String profile, boolean persistent, Path dataRoot, Path openSearchZip, Path openSearchHome,
        String openSearchHeap, Duration startTimeout, boolean production) {

    static final String OPENSEARCH_VERSION = LocalStackVersions.OPENSEARCH;

    static LocalStackSettings from(String profile, ConfigSourceContext context) {
        Path projectDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        boolean persistent = "dev".equals(profile);
        Path dataRoot;
        if (persistent) {
            dataRoot = Path.of(value(context, "silta.local-stack.data-dir", projectDir.resolve(".silta").toString()));
        } else {
            dataRoot = null; // created on start, deleted at exit
        }
        String zip = value(context, "silta.local-stack.opensearch-zip", null);
        Path zipPath = zip != null ? Path.of(zip) : defaultZip();
        Path home = Path.of(value(context, "silta.local-stack.opensearch-home",
                projectDir.resolve("target").resolve("opensearch-" + OPENSEARCH_VERSION).toString()));
        String heap = value(context, "silta.local-stack.opensearch-heap", "512m");
        Duration timeout = Duration.ofSeconds(Long.parseLong(value(context, "silta.local-stack.start-timeout-seconds", "180")));
        return new LocalStackSettings(profile, persistent, dataRoot, zipPath, home, heap, timeout, false);
    }

    /** A stack whose data is deleted at exit, started from outside a Quarkus test (the *IT tier). */
    static LocalStackSettings throwAway() {
        Path projectDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        String zip = System.getProperty("silta.local-stack.opensearch-zip");
        return new LocalStackSettings("it", false, null, zip != null && !zip.isBlank() ? Path.of(zip) : defaultZip(),
                projectDir.resolve("target").resolve("opensearch-" + OPENSEARCH_VERSION), "512m",
                Duration.ofSeconds(180), false);
    }

    /**
     * The benchmark's stack: data in {@code dataRoot} (kept after exit), services configured as in
     * production.
     */
    static LocalStackSettings forBenchmark(Path dataRoot, String openSearchHeap) {
        Path projectDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        String zip = System.getProperty("silta.local-stack.opensearch-zip");
        return new LocalStackSettings("bench", true, dataRoot, zip != null && !zip.isBlank() ? Path.of(zip) : defaultZip(),
                projectDir.resolve("target").resolve("opensearch-" + OPENSEARCH_VERSION), openSearchHeap,
                Duration.ofSeconds(300), true);
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        String system = System.getProperty(name);
        if (system != null && !system.isBlank()) {
            return system;
        }
        ConfigValue configValue = context.getValue(name);
        return configValue != null && configValue.getValue() != null ? configValue.getValue() : fallback;
    }

    /** The distribution's place in the local Maven repository, where the build's dependency plugin puts it. */
    private static Path defaultZip() {
        String repo = System.getProperty("maven.repo.local");
        Path repoPath = repo != null && !repo.isBlank() ? Path.of(repo)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repoPath.resolve(Path.of("org", "opensearch", "distribution", "integ-test-zip", "opensearch",
                OPENSEARCH_VERSION, "opensearch-" + OPENSEARCH_VERSION + ".zip"));
        return zip;
    }
}
