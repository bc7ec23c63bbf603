package fi.silta.production;

import java.io.IOException;
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

/**
 * The packaged application ({@code target/quarkus-app}) in the {@code prod} profile, as a deployment runs it:
 * configured only through the environment variables {@code docker/compose.yml} documents, with the JVM options
 * of {@code docker/Dockerfile.jvm}. Only the loopback port it listens on is chosen here.
 */
final class PackagedSilta implements AutoCloseable {

    private final Process process;
    private final String url;
    private final Path log;

    private PackagedSilta(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static PackagedSilta start(Path projectDir, Path workDir, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + "; run the tests through Maven");
        }
        Files.createDirectories(workDir);
        Path log = workDir.resolve("silta.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=160m",
                "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError"));
        // The ahead-of-time cache packaging trains beside the jar, as the container image trains its own.
        Path aotCache = jar.resolveSibling("app.aot");
        if (Files.isRegularFile(aotCache)) {
            command.add("-XX:AOTCache=" + aotCache.toAbsolutePath());
        }
        command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("SILTA_")
                || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        Process process = builder.start();
        PackagedSilta silta = new PackagedSilta(process, "http://127.0.0.1:" + port, log);
        silta.awaitReady(Duration.ofSeconds(150));
        return silta;
    }

    String url() {
        return url;
    }

    /** Every line this instance has logged so far. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
        }
    }

    Path log() {
        return log;
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Silta stopped while starting; see " + log + "\n" + Archives.tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Silta was not ready in " + timeout.toSeconds() + " s; see " + log
                        + "\n" + Archives.tail(log));
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
