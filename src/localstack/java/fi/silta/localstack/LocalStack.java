package fi.silta.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * The local stack: a real PostgreSQL and a real OpenSearch, started once per JVM on free ports.
 *
 * <p>
 * Dev mode reloads the application in new class loaders, so the stack's state is kept in JVM-wide
 * system properties rather than in static fields: a reload finds the running services instead of
 * starting second ones. Both services stop with the JVM (a shutdown hook covers Ctrl-C and SIGTERM) and
 * a detached watchdog stops them if the JVM is killed outright.
 */
public final class LocalStack {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);
    private static final String ADDRESSES_PROPERTY = "silta.local-stack.running";
    private static final String LOCK = "fi.silta.localstack.LocalStack.lock";

    /** Where the running services answer. */
    public record Addresses(String jdbcUrl, String dbUsername, String dbPassword, String ownerUsername,
            String ownerPassword, String searchHosts) {
        String serialize() {
            return String.join("\n", jdbcUrl, dbUsername, dbPassword, ownerUsername, ownerPassword, searchHosts);
        }

        static Addresses parse(String serialized) {
            String[] parts = serialized.split("\n", -1);
            return new Addresses(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
        }
    }

    /** The services of the stack this JVM started for the production-like tier or the benchmark. */
    private static volatile ServiceControl database;
    private static volatile ServiceControl searchEngine;

    private LocalStack() {
    }

    /**
     * The database of the stack this JVM started ({@link #startThrowAway()}, {@link #startForBenchmark}), to stop and
     * start again (or pause and resume) as an outage would.
     */
    public static ServiceControl database() {
        if (database == null) {
            throw new IllegalStateException("No local stack was started in this JVM");
        }
        return database;
    }

    /** The search engine of the stack this JVM started, to pause and resume as an outage would. */
    public static ServiceControl searchEngine() {
        if (searchEngine == null) {
            throw new IllegalStateException("No local stack was started in this JVM");
        }
        return searchEngine;
    }

    /**
     * Starts a PostgreSQL and an OpenSearch configured as in production, for the benchmark, with their data
     * in {@code dataRoot}. They stop when this JVM exits.
     */
    public static Addresses startForBenchmark(Path dataRoot, String openSearchHeap) {
        return start(LocalStackSettings.forBenchmark(dataRoot, openSearchHeap));
    }

    /**
     * Starts a throw-away PostgreSQL and OpenSearch for the production-like test tier, which runs the packaged
     * application against them as a deployment would. Their data is deleted when this JVM exits.
     */
    public static Addresses startThrowAway() {
        return start(LocalStackSettings.throwAway());
    }

    static Addresses ensureStarted(LocalStackSettings settings) {
        // String literals are interned JVM-wide, so every class loader of a dev-mode reload shares this
        // lock (a non-String value in the system properties would break libraries that iterate them).
        synchronized (LOCK) {
            String running = System.getProperty(ADDRESSES_PROPERTY);
            if (running != null) {
                return Addresses.parse(running);
            }
            Addresses addresses = start(settings);
            System.setProperty(ADDRESSES_PROPERTY, addresses.serialize());
            return addresses;
        }
    }

    private static Addresses start(LocalStackSettings settings) {
        long started = System.nanoTime();
        Path dataRoot = dataRoot(settings);
        LOG.infof("Starting the local stack (%s profile): PostgreSQL and OpenSearch %s, data in %s", settings.profile(),
                LocalStackSettings.OPENSEARCH_VERSION, dataRoot);
        LocalPostgres postgres = new LocalPostgres(dataRoot.resolve("postgres"), settings);
        LocalOpenSearch openSearch = new LocalOpenSearch(dataRoot.resolve("opensearch"), settings);
        List<AutoCloseable> toStop = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(toStop, settings, dataRoot), "silta-local-stack-stop"));

        CompletableFuture<String> search = CompletableFuture.supplyAsync(() -> {
            String hosts = openSearch.start();
            synchronized (toStop) {
                toStop.add(openSearch);
            }
            return hosts;
        });
        String jdbcUrl;
        try {
            jdbcUrl = postgres.startServer();
            synchronized (toStop) {
                toStop.add(postgres);
            }
        } catch (RuntimeException e) {
            search.cancel(true);
            throw e;
        }
        String searchHosts;
        try {
            searchHosts = search.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        Watchdog.watch(ProcessHandle.current().pid(), postgres.stopCommand(), openSearch.pid());
        database = postgres;
        searchEngine = openSearch.control();
        LOG.infof("Local stack ready in %d ms: %s, OpenSearch at http://%s", (System.nanoTime() - started) / 1_000_000,
                jdbcUrl, searchHosts);
        return new Addresses(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD, LocalPostgres.OWNER,
                LocalPostgres.OWNER_PASSWORD, searchHosts);
    }

    private static Path dataRoot(LocalStackSettings settings) {
        try {
            if (settings.persistent()) {
                Files.createDirectories(settings.dataRoot());
                return settings.dataRoot();
            }
            Path parent = settings.openSearchHome().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "local-stack-" + settings.profile() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local stack's data folder", e);
        }
    }

    private static void stopAll(List<AutoCloseable> services, LocalStackSettings settings, Path dataRoot) {
        List<AutoCloseable> copy;
        synchronized (services) {
            copy = new ArrayList<>(services);
        }
        copy.parallelStream().forEach(service -> {
            try {
                service.close();
            } catch (Exception e) {
                LOG.warnf("Could not stop %s: %s", service, e.getMessage());
            }
        });
        if (!settings.persistent()) {
            deleteRecursively(dataRoot);
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", root, e.getMessage());
        }
    }
}
