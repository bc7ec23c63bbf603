package fi.silta.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine's CPU time by process group (Silta, OpenSearch, PostgreSQL, the benchmark itself with its load
 * generator, everything else), from {@code /proc}: on a machine whose cores every part shares, it shows which
 * part a phase was waiting for. Empty where there is no {@code /proc}.
 */
final class ProcessCpu {

    /** CPU ticks by group, and the machine's total ticks (busy and idle), at one moment. */
    record Snapshot(Map<String, Long> ticks, long machineTicks) {
    }

    private ProcessCpu() {
    }

    static Snapshot take(long siltaPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String group : new String[] { "Silta", "OpenSearch", "PostgreSQL", "benchmark and load generator", "other" }) {
            ticks.put(group, 0L);
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"), StandardCharsets.UTF_8);
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    long pid = Long.parseLong(process.getFileName().toString());
                    ticks.merge(group(pid, comm, process, siltaPid, self), used, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // The process ended while being read.
                }
            }
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            long machine = 0;
            for (String value : cpu.substring(3).strip().split("\\s+")) {
                machine += Long.parseLong(value);
            }
            return new Snapshot(ticks, machine);
        } catch (IOException | RuntimeException e) {
            return new Snapshot(Map.of(), 0);
        }
    }

    /** The CPU time one process has used so far, in seconds (at the usual 100 ticks a second); -1 if unknown. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Each group's share of the machine's CPU between the two snapshots, in percent. */
    static Map<String, Double> shares(Snapshot before, Snapshot after) {
        Map<String, Double> shares = new LinkedHashMap<>();
        long machine = after.machineTicks() - before.machineTicks();
        if (machine <= 0) {
            return shares;
        }
        after.ticks().forEach((group, ticks) -> {
            long used = ticks - before.ticks().getOrDefault(group, 0L);
            shares.put(group, Math.round(1000.0 * Math.max(0, used) / machine) / 10.0);
        });
        return shares;
    }

    private static String group(long pid, String comm, Path process, long siltaPid, long self) throws IOException {
        if (pid == siltaPid) {
            return "Silta";
        }
        if (pid == self) {
            return "benchmark and load generator";
        }
        if (comm.startsWith("postgres")) {
            return "PostgreSQL";
        }
        if (comm.equals("java")) {
            String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            if (commandLine.contains("org.opensearch.")) {
                return "OpenSearch";
            }
        }
        return "other";
    }
}
