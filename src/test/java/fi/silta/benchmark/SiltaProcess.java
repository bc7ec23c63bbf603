package fi.silta.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) in the {@code prod} profile, as
 * a child process on a loopback port, configured through the same environment variables as a deployment.
 */
final class SiltaProcess implements AutoCloseable {

    /** The JVM options the benchmark runs Silta with; docker/Dockerfile.jvm uses the same. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");
    /**
     * The ahead-of-time cache packaging writes beside the jar (trained by this JDK, as the container trains its own
     * with its JDK); Silta starts with it as docker/Dockerfile.jvm does.
     */
    static final String AOT_CACHE = "app.aot";
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final long readyMillis;

    private SiltaProcess(Process process, String baseUrl, Path log, long readyMillis) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.readyMillis = readyMillis;
    }

    static SiltaProcess start(Path projectDir, Path workDir, Map<String, String> environment, List<String> properties)
            throws IOException, InterruptedException {
        return start(projectDir, workDir, environment, properties, List.of());
    }

    /** Starts Silta with extra JVM options, for example a flight recording from the first instruction. */
    static SiltaProcess start(Path projectDir, Path workDir, Map<String, String> environment, List<String> properties,
            List<String> extraJvmOptions) throws IOException, InterruptedException {
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + "; run the benchmark through Maven");
        }
        int port;
        int managementPort;
        try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
            port = socket.getLocalPort();
            managementPort = management.getLocalPort();
        }
        Files.createDirectories(workDir);
        Path log = workDir.resolve("silta-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        Path aotCache = jar.resolveSibling(AOT_CACHE);
        if (!Files.isRegularFile(aotCache)) {
            throw new IllegalStateException("No ahead-of-time cache at " + aotCache + "; package with JDK 25 or newer");
        }
        command.add("-XX:AOTCache=" + aotCache.toAbsolutePath());
        command.addAll(extraJvmOptions);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        // Production serves metrics on a management port of its own; a free one, so two runs never collide.
        command.add("-Dquarkus.management.port=" + managementPort);
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        // As in docker/Dockerfile.jvm: glibc's default of eight malloc arenas per core only adds resident memory.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        String baseUrl = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build();
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Silta stopped while starting; see " + log + "\n" + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Silta was not ready in 120 s; see " + log + "\n" + tail(log));
            }
            Thread.sleep(5);
        }
        long readyMillis = (System.nanoTime() - started) / 1_000_000;
        return new SiltaProcess(process, baseUrl, log, readyMillis);
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** From launching the JVM to the first 200 from {@code /q/health/ready}. */
    long readyMillis() {
        return readyMillis;
    }

    /** What Quarkus reports as its own start-up time ("started in 1.234s"), in milliseconds, or -1. */
    long reportedStartMillis() {
        try {
            Matcher matcher = STARTED.matcher(Files.readString(log));
            return matcher.find() ? Math.round(Double.parseDouble(matcher.group(1)) * 1000) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Resident memory now and at its highest, in MB, from {@code /proc}. */
    long[] residentMegabytes() {
        try {
            long rss = -1;
            long hwm = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return new long[] { rss, hwm };
        } catch (IOException | RuntimeException e) {
            return new long[] { -1, -1 };
        }
    }

    Path log() {
        return log;
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
