package fi.silta.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.logging.Logger;

/**
 * A real OpenSearch node from the distribution published on Maven Central, run as a child process on a
 * free loopback port with a bounded heap.
 *
 * <p>
 * OpenSearch refuses to run as root, so when the JVM is root (CI machines, containers) the node runs as
 * the unprivileged user {@code nobody} through {@code setpriv}, with its folders handed to that user.
 */
final class LocalOpenSearch implements AutoCloseable {

    /** Freezes and thaws the node (SIGSTOP, SIGCONT): it keeps its connections but answers nothing meanwhile. */
    ServiceControl control() {
        return new ServiceControl() {
            @Override
            public void pause() {
                ServiceControl.signal(process.toHandle(), "STOP");
            }

            @Override
            public void resume() {
                ServiceControl.signal(process.toHandle(), "CONT");
            }

            @Override
            public void stop() {
                throw new UnsupportedOperationException("The local OpenSearch is paused, not restarted");
            }

            @Override
            public void start() {
                throw new UnsupportedOperationException("The local OpenSearch is paused, not restarted");
            }
        };
    }


    private static final Logger LOG = Logger.getLogger(LocalOpenSearch.class);
    private static final int UNPRIVILEGED_UID = 65534;

    private final Path workDir;
    private final LocalStackSettings settings;
    private Process process;

    LocalOpenSearch(Path workDir, LocalStackSettings settings) {
        this.workDir = workDir;
        this.settings = settings;
    }

    String start() {
        try {
            Path home = unpack();
            Path config = workDir.resolve("config");
            Path data = workDir.resolve("data");
            Path logs = workDir.resolve("logs");
            Path tmp = workDir.resolve("tmp");
            for (Path dir : List.of(data, logs, tmp)) {
                Files.createDirectories(dir);
            }
            prepareConfig(home, config);
            stopLeftover();
            boolean root = isRoot();
            if (root) {
                handToUnprivilegedUser(workDir);
            }
            int httpPort = LocalPostgres.freePort();
            int transportPort = LocalPostgres.freePort();
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID,
                        "--clear-groups", "--"));
            }
            command.add(home.resolve("bin").resolve("opensearch").toString());
            command.addAll(List.of(
                    "-Ecluster.name=silta-local-" + settings.profile(),
                    "-Enode.name=silta-local",
                    "-Ediscovery.type=single-node",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + httpPort,
                    "-Etransport.port=" + transportPort,
                    "-Epath.data=" + data,
                    "-Epath.logs=" + logs,
                    // A developer's nearly full disk must not turn the index read-only.
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                    "-Eaction.auto_create_index=false"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            env.put("OPENSEARCH_PATH_CONF", config.toString());
            env.put("OPENSEARCH_TMPDIR", tmp.toString());
            env.put("OPENSEARCH_JAVA_OPTS", "-Xms" + settings.openSearchHeap() + " -Xmx" + settings.openSearchHeap()
                    + (settings.production() ? "" : " -XX:TieredStopAtLevel=1") + " -Xshare:auto");
            env.remove("JAVA_TOOL_OPTIONS");
            process = builder.start();
            String hosts = "127.0.0.1:" + httpPort;
            awaitHealthy(hosts, logs.resolve("console.log"));
            return hosts;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local OpenSearch", e);
        }
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Unpacks the distribution once, into a sibling temporary folder first so a broken unpack is never used. */
    private Path unpack() throws IOException {
        Path home = settings.openSearchHome();
        if (Files.isExecutable(home.resolve("bin").resolve("opensearch"))) {
            return home;
        }
        Path zip = settings.openSearchZip();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The OpenSearch distribution is not in the local Maven repository (" + zip
                    + "). Run ./mvnw once (for example ./mvnw quarkus:dev or ./mvnw verify): the build fetches it.");
        }
        Files.createDirectories(home.getParent());
        Path tmp = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
        // Temporary folders are private; the node may run as another user and must read its own files.
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                // The archive's single top folder (opensearch-x.y.z/) is dropped.
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = tmp.resolve(relative).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("Unsafe path in the OpenSearch archive: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zin, target, StandardCopyOption.REPLACE_EXISTING);
                    if (relative.startsWith("bin/") || relative.contains("/bin/")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        try {
            Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another JVM unpacked it at the same time: use theirs.
            LocalStack.deleteRecursively(tmp);
            if (!Files.isExecutable(home.resolve("bin").resolve("opensearch"))) {
                throw e;
            }
        }
        return home;
    }

    /** Each node gets its own copy of the configuration, so dev mode and tests can run side by side. */
    private void prepareConfig(Path home, Path config) throws IOException {
        Files.createDirectories(config);
        try (Stream<Path> files = Files.list(home.resolve("config"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = config.resolve(file.getFileName());
                if (file.getFileName().toString().equals("jvm.options")) {
                    // The stock options write GC logs of up to 2 GB and heap dumps: not on a developer machine.
                    List<String> options = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.contains("-Xlog:") && !line.contains("HeapDump")
                                    && !line.contains("ErrorFile"))
                            .toList();
                    Files.write(target, options, StandardCharsets.UTF_8);
                } else if (!Files.exists(target)) {
                    Files.copy(file, target);
                }
            }
        }
        Files.createDirectories(config.resolve("jvm.options.d"));
    }

    private void stopLeftover() {
        Path pidFile = workDir.resolve("opensearch.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains("org.opensearch"))
                        .ifPresent(p -> {
                            LOG.infof("Stopping an OpenSearch left running by an earlier run (pid %d)", pid);
                            p.destroy();
                            p.onExit().join();
                        });
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Could not inspect %s: %s", pidFile, e.getMessage());
        }
    }

    private void awaitHealthy(String hosts, Path consoleLog) throws IOException {
        Files.writeString(workDir.resolve("opensearch.pid"), Long.toString(process.pid()));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                URI.create("http://" + hosts + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local OpenSearch exited with code " + process.exitValue()
                        + " before it was healthy. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("The local OpenSearch was not healthy within " + settings.startTimeout()
                + ". Last lines of " + consoleLog + ":\n" + tail(consoleLog));
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void handToUnprivilegedUser(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                Files.setAttribute(path, "unix:uid", UNPRIVILEGED_UID);
                Files.setAttribute(path, "unix:gid", UNPRIVILEGED_UID);
            }
        }
        // The unprivileged user must be able to reach the work folder through its parents.
        for (Path parent = dir.getParent(); parent != null; parent = parent.getParent()) {
            try {
                var perms = Files.getPosixFilePermissions(parent);
                if (perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    Files.setPosixFilePermissions(parent, perms);
                }
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "the local OpenSearch";
    }
}
