package fi.silta.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Silta's time goes in one phase: a Java Flight Recorder recording of the running application
 * (started and dumped with {@code jcmd}), summarised from its CPU samples as shares per layer (by the
 * package of the sampled method) and the hottest methods of Silta's own code on the sampled stacks.
 */
final class Profiler {

    private static final List<String[]> LAYERS = List.of(
            new String[] { "fi.silta.", "Silta's code" },
            new String[] { "org.hibernate.search.", "Hibernate Search" },
            new String[] { "org.hibernate.", "Hibernate ORM" },
            new String[] { "org.postgresql.", "PostgreSQL driver" },
            new String[] { "io.agroal.", "connection pool" },
            new String[] { "com.arjuna.", "transactions (Narayana)" },
            new String[] { "net.fortuna.ical4j.", "ical4j" },
            new String[] { "com.fasterxml.jackson.", "Jackson" },
            new String[] { "com.google.gson.", "Gson (search requests)" },
            new String[] { "org.apache.http.", "HTTP client to the engine" },
            new String[] { "io.quarkus.oidc.", "OIDC token checks" },
            new String[] { "org.jose4j.", "OIDC token checks" },
            new String[] { "io.smallrye.jwt.", "OIDC token checks" },
            new String[] { "io.vertx.", "HTTP server (Vert.x, Netty)" },
            new String[] { "io.netty.", "HTTP server (Vert.x, Netty)" },
            new String[] { "org.jboss.resteasy.", "REST layer" },
            new String[] { "io.quarkus.", "Quarkus and CDI" },
            new String[] { "io.smallrye.", "Quarkus and CDI" },
            new String[] { "sun.security.", "cryptography" },
            new String[] { "com.sun.crypto.", "cryptography" },
            new String[] { "javax.crypto.", "cryptography" },
            new String[] { "java.", "JDK" },
            new String[] { "jdk.", "JDK" },
            new String[] { "sun.", "JDK" });

    private Profiler() {
    }

    private static final Map<String, ProcessCpu.Snapshot> STARTED = new HashMap<>();

    static void start(long pid, String name) {
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        STARTED.put(name, ProcessCpu.take(pid));
    }

    /** The JVM option that records from the process's start, for {@link #stop} once it is ready. */
    static String fromStart(String name) {
        return "-XX:StartFlightRecording=name=" + name + ",settings=profile";
    }

    /** Stops the recording, keeps it under {@code file} and returns its summary. */
    static Map<String, Object> stop(long pid, String name, Path file) {
        ProcessCpu.Snapshot end = ProcessCpu.take(pid);
        jcmd(pid, "JFR.dump", "name=" + name, "filename=" + file.toAbsolutePath());
        jcmd(pid, "JFR.stop", "name=" + name);
        Map<String, Object> summary = summarise(file);
        ProcessCpu.Snapshot started = STARTED.remove(name);
        if (started != null && !summary.containsKey("error")) {
            summary.put("cpuByProcess", ProcessCpu.shares(started, end));
        }
        return summary;
    }

    static Map<String, Object> summarise(Path file) {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> siltaMethods = new HashMap<>();
        int samples = 0;
        double jvmCpu = 0;
        double machineCpu = 0;
        int loads = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.CPULoad")) {
                    jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                    machineCpu += event.getFloat("machineTotal");
                    loads++;
                    continue;
                }
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                layers.merge(layer(frames.get(0).getMethod().getType().getName()), 1, Integer::sum);
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    if (type.startsWith("fi.silta.") && !type.contains("$$")) {
                        siltaMethods.merge(type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName(),
                                1, Integer::sum);
                        break;
                    }
                }
            }
        } catch (Exception e) {
            return Map.of("error", String.valueOf(e.getMessage()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", samples);
        // Shares of the whole machine's CPU: Silta's process, and everything on the machine together.
        summary.put("siltaCpuPercent", loads == 0 ? null : Math.round(1000 * jvmCpu / loads) / 10.0);
        summary.put("machineCpuPercent", loads == 0 ? null : Math.round(1000 * machineCpu / loads) / 10.0);
        summary.put("layers", top(layers, samples, 12));
        summary.put("siltaMethods", top(siltaMethods, samples, 10));
        summary.put("recording", file.getFileName().toString());
        return summary;
    }

    private static String layer(String type) {
        for (String[] layer : LAYERS) {
            if (type.startsWith(layer[0])) {
                return layer[1];
            }
        }
        return "other libraries";
    }

    /** The largest entries as "name": percent of all samples. */
    private static Map<String, Double> top(Map<String, Integer> counts, int samples, int limit) {
        Map<String, Double> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(limit)
                .forEach(e -> top.put(e.getKey(), Math.round(1000.0 * e.getValue() / Math.max(1, samples)) / 10.0));
        return top;
    }

    private static void jcmd(long pid, String... command) {
        try {
            List<String> line = new java.util.ArrayList<>();
            line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
            line.add(Long.toString(pid));
            line.addAll(List.of(command));
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            Benchmark.log("jcmd %s failed: %s", String.join(" ", command), e.getMessage());
        }
    }
}
