package fi.silta.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Collects a run's measurements and writes them as JSON and as the Markdown tables of docs/performance.md. */
final class Report {

    static final String START = "<!-- benchmark-results:start -->";
    static final String END = "<!-- benchmark-results:end -->";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> sizes = new ArrayList<>();

    Report(Benchmark.Settings settings) {
        root.put("ranAt", Instant.now().toString());
        root.put("settings", settings);
        List<String> options = new ArrayList<>(SiltaProcess.JVM_OPTIONS);
        options.addAll(settings.siltaJvmOptions());
        root.put("siltaJvmOptions", String.join(" ", options) + ", MALLOC_ARENA_MAX=2");
        root.put("sizes", sizes);
    }

    void machine(Map<String, Object> machine) {
        root.put("machine", machine);
    }

    void firstStart(long millis) {
        root.put("firstStartMs", millis);
    }

    void size(Map<String, Object> result) {
        sizes.add(result);
    }

    void extrasCatalogue(int activities) {
        root.put("importAndReferralsOverActivities", activities);
    }

    void ics(IcsImport.Result ics) {
        root.put("icsImport", ics);
    }

    void referrals(ReferralFlows.Result flows) {
        root.put("referralFlows", flows);
    }

    void memoryAfterAll(long rss, long highWater) {
        root.put("residentMbAtEnd", rss);
        root.put("residentMbHighWaterAtEnd", highWater);
    }

    /**
     * Writes the results; with {@code publish}, also into docs/performance.md between the markers of the
     * section ({@code <!-- benchmark-results-1m:start -->} for section "-1m", the plain markers for "") and
     * into docs/performance-results{section}.json.
     */
    void write(Path out, Path project, boolean publish) throws Exception {
        String section = ((Benchmark.Settings) root.get("settings")).publishSection();
        root.put("targets", targets());
        String json = JSON.writeValueAsString(root);
        String markdown = markdown();
        Files.writeString(out.resolve("results.json"), json);
        Files.writeString(out.resolve("results.md"), markdown);
        if (publish) {
            Files.writeString(project.resolve("docs/performance-results" + section + ".json"), json);
            Path doc = project.resolve("docs/performance.md");
            String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + START + "\n" + END + "\n";
            String startMarker = "<!-- benchmark-results" + section + ":start -->";
            String endMarker = "<!-- benchmark-results" + section + ":end -->";
            int start = text.indexOf(startMarker);
            int end = text.indexOf(endMarker);
            if (start < 0 || end < start) {
                text = text + "\n" + startMarker + "\n" + endMarker + "\n";
                start = text.indexOf(startMarker);
                end = text.indexOf(endMarker);
            }
            Files.writeString(doc, text.substring(0, start + startMarker.length()) + "\n\n" + markdown + "\n"
                    + text.substring(end), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> targets() {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Map<String, Object> size : sizes) {
            String at = String.format(Locale.ROOT, "%,d activities", (Integer) size.get("activities"));
            Double silta = searchValue(size, "Silta", 32, "throughput");
            Double engine = searchValue(size, "OpenSearch direct", 32, "throughput");
            if (silta != null && engine != null) {
                target(targets, "Silta's search throughput / the engine's (" + at + ", 32 clients)", "≥ 85 %",
                        100 * silta / engine, v -> v >= 85, "%.0f %%");
            }
            Double siltaMedian = searchValue(size, "Silta", 1, "p50");
            Double engineMedian = searchValue(size, "OpenSearch direct", 1, "p50");
            if (siltaMedian != null && engineMedian != null) {
                target(targets, "Silta's p50 minus the engine's (" + at + ", 1 client)", "≤ 3 ms",
                        siltaMedian - engineMedian, v -> v <= 3, "%.1f ms");
            }
            // Ahead of PostgreSQL at every client count: the smallest ratio of the size's rows.
            Double slowest = null;
            for (int clients : ((Benchmark.Settings) root.get("settings")).clients()) {
                Double own = searchValue(size, "Silta", clients, "throughput");
                Double postgres = searchValue(size, "PostgreSQL full text", clients, "throughput");
                if (own != null && postgres != null && postgres > 0) {
                    slowest = slowest == null ? own / postgres : Math.min(slowest, own / postgres);
                }
            }
            target(targets, "Silta's search throughput / PostgreSQL full text's, lowest of " + clientCounts()
                    + " clients (" + at + ")", "> 1×", slowest, v -> v > 1, "%.2f×");
            if (size.get("agreement") instanceof Map<?, ?> agreement) {
                Number same = (Number) agreement.get("sameTotalSiltaAndEngine");
                Number queries = (Number) agreement.get("queries");
                target(targets, "Queries with the same total from Silta and the engine (" + at + ")",
                        "all " + queries, same.doubleValue(), v -> v == queries.doubleValue(), "%.0f");
            }
            Map<String, Object> reindex = (Map<String, Object>) size.get("reindex");
            EngineBulk.Result bulk = (EngineBulk.Result) size.get("engineBulk");
            if (reindex != null && bulk != null) {
                target(targets, "Reindex rate / engine bulk rate (" + at + ")", "≥ 60 %",
                        100 * (Double) reindex.get("perSecond") / bulk.perSecond(), v -> v >= 60, "%.0f %%");
            }
            if (size.get("startupMs") instanceof Number startup) {
                target(targets, "Start-up to ready, services up (" + at + ")", "≤ 3 s", startup.doubleValue() / 1000,
                        v -> v <= 3, "%.2f s");
            }
        }
        if (root.get("icsImport") instanceof IcsImport.Result ics) {
            target(targets, "iCalendar import of " + ics.events() + " events", "≥ 1,000 events/s", ics.first().perSecond(),
                    v -> v >= 1000, "%.0f events/s");
            target(targets, "Unchanged re-import / first import", "< 5 %",
                    100.0 * ics.unchanged().millis() / Math.max(1, ics.first().millis()), v -> v < 5, "%.1f %%");
        }
        if (root.get("referralFlows") instanceof ReferralFlows.Result flows) {
            target(targets, "Referral flows (create, assign, 3 transitions)", "≥ 200 flows/s", flows.flowsPerSecond(),
                    v -> v >= 200, "%.0f flows/s");
        }
        long peak = sizes.stream().mapToLong(s -> ((Number) s.getOrDefault("residentMbUnderLoad", 0)).longValue()).max()
                .orElse(0);
        if (peak > 0) {
            target(targets, "Resident memory under search load (highest sample)", "≤ 300 MB", (double) peak, v -> v <= 300,
                    "%.0f MB");
        }
        return targets;
    }

    private static void target(List<Map<String, Object>> targets, String name, String goal, Double value,
            java.util.function.DoublePredicate met, String format) {
        if (value == null) {
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target", name);
        row.put("goal", goal);
        row.put("value", value);
        row.put("measured", String.format(Locale.ROOT, format, value));
        row.put("met", met.test(value));
        targets.add(row);
    }

    private String clientCounts() {
        return ((Benchmark.Settings) root.get("settings")).clients().stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static Double searchValue(Map<String, Object> size, String system, int clients, String field) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) size.get("search");
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(r -> system.equals(r.get("system")) && ((Integer) r.get("clients")) == clients)
                .map(r -> ((Number) r.get(field)).doubleValue()).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) root.get("machine");
        md.append("Run of ").append(root.get("ranAt")).append(".\n\n");
        md.append("| machine | |\n| --- | --- |\n");
        machine.forEach((key, value) -> md.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        md.append("| Silta JVM options | `").append(root.get("siltaJvmOptions")).append("` |\n");
        Benchmark.Settings settings = (Benchmark.Settings) root.get("settings");
        md.append(String.format(Locale.ROOT,
                "| load | closed loop, %d s warm-up then %d s measured per row, %d mixed queries |%n%n",
                settings.warmUp().toSeconds(), settings.measure().toSeconds(), settings.queries()));

        md.append("### Targets\n\n| target | goal | measured | met |\n| --- | --- | --- | --- |\n");
        for (Map<String, Object> target : (List<Map<String, Object>>) root.get("targets")) {
            md.append("| ").append(target.get("target")).append(" | ").append(target.get("goal")).append(" | ")
                    .append(target.get("measured")).append(" | ").append((Boolean) target.get("met") ? "yes" : "**no**")
                    .append(" |\n");
        }
        for (Map<String, Object> size : sizes) {
            md.append(String.format(Locale.ROOT, "%n### %,d activities%n%n", (Integer) size.get("activities")));
            CatalogueGenerator.Counts counts = (CatalogueGenerator.Counts) size.get("generated");
            md.append(String.format(Locale.ROOT,
                    "%,d published, %,d organisations, %,d places, %,d sessions; generated in %.1f s. "
                            + "Silta ready in %.2f s, having used %.1f s of CPU (%.2f s with the start-up recorded).%n%n",
                    counts.published(), counts.organisations(), counts.places(), counts.sessions(),
                    ((Number) size.get("generateMs")).doubleValue() / 1000,
                    ((Number) size.get("startupMs")).doubleValue() / 1000,
                    ((Number) size.get("startupCpuSeconds")).doubleValue(),
                    ((Number) size.get("recordedStartMs")).doubleValue() / 1000));
            md.append("| search | clients | p50 ms | p95 ms | p99 ms | requests/s | errors |\n");
            md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Map<String, Object> row : (List<Map<String, Object>>) size.get("search")) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %d |%n", row.get("system"),
                        row.get("clients"), row.get("p50"), row.get("p95"), row.get("p99"), row.get("throughput"),
                        row.get("errors")));
            }
            Map<String, Object> reindex = (Map<String, Object>) size.get("reindex");
            EngineBulk.Result bulk = (EngineBulk.Result) size.get("engineBulk");
            Map<String, Object> agreement = (Map<String, Object>) size.get("agreement");
            md.append(String.format(Locale.ROOT,
                    "%n| indexing | documents | seconds | documents/s |%n| --- | ---: | ---: | ---: |%n"
                            + "| Silta full reindex (mass indexer) | %,d | %.1f | %.0f |%n"
                            + "| Engine `_bulk`, same documents | %,d | %.1f | %.0f |%n"
                            + "| PostgreSQL search table and indexes | %,d | %.1f | |%n",
                    (Long) reindex.get("documents"), ((Number) reindex.get("millis")).doubleValue() / 1000,
                    (Double) reindex.get("perSecond"), bulk.documents(), bulk.millis() / 1000.0, bulk.perSecond(),
                    counts.published(), ((Number) size.get("postgresBuildMs")).doubleValue() / 1000));
            md.append(String.format(Locale.ROOT,
                    "%nSilta and the engine gave the same total for %d of %d queries; mean hits per query: Silta %d, "
                            + "PostgreSQL %d. Silta's resident memory under search load: %d MB at most. Size on disk: "
                            + "search index %s MB, PostgreSQL search table with its indexes %s MB.%n",
                    agreement.get("sameTotalSiltaAndEngine"), agreement.get("queries"), agreement.get("meanHitsSilta"),
                    agreement.get("meanHitsPostgres"), size.get("residentMbUnderLoad"), size.get("indexMb"),
                    size.get("postgresSearchTableMb")));
        }
        if (root.get("icsImport") instanceof IcsImport.Result ics) {
            md.append(String.format(Locale.ROOT,
                    "%n### iCalendar import (catalogue of %,d activities)%n%n| run | seconds | events/s | created | updated | unchanged | failed |%n"
                            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |%n"
                            + "| first (%,d events, %,d bytes) | %.1f | %.0f | %d | %d | %d | %d |%n"
                            + "| same feed again | %.1f | %.0f | %d | %d | %d | %d |%n",
                    (Integer) root.get("importAndReferralsOverActivities"), ics.events(), ics.feedBytes(),
                    ics.first().millis() / 1000.0, ics.first().perSecond(), ics.first().created(),
                    ics.first().updated(), ics.first().unchanged(), ics.first().failed(), ics.unchanged().millis() / 1000.0,
                    ics.unchanged().perSecond(), ics.unchanged().created(), ics.unchanged().updated(),
                    ics.unchanged().unchanged(), ics.unchanged().failed()));
        }
        if (root.get("referralFlows") instanceof ReferralFlows.Result flows) {
            Load.Result load = flows.load();
            md.append(String.format(Locale.ROOT,
                    "%n### Referral flows (catalogue of %,d activities)%n%n%d clients, each flow five requests "
                            + "(create, assign, accept, start, close as attended): %.0f flows/s, flow p50 %.1f ms, p95 %.1f ms, "
                            + "p99 %.1f ms, %d errors; %,d referral events and %,d client-data access log entries written.%n",
                    (Integer) root.get("importAndReferralsOverActivities"), load.clients(), flows.flowsPerSecond(), load.p50(),
                    load.p95(), load.p99(), load.errors(), flows.events(),
                    flows.accessLogEntries()));
        }
        for (Map<String, Object> size : sizes) {
            Map<String, Map<String, Object>> profiles = (Map<String, Map<String, Object>>) size.get("profiles");
            if (profiles == null || profiles.isEmpty()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "%n### Where Silta's time goes (%,d activities)%n%n"
                    + "The machine's CPU time by process during the phase (percent of all cores; the rest is idle), then "
                    + "the CPU samples of Silta's JVM (Java Flight Recorder) by the layer of the sampled method, and the "
                    + "Silta methods most often on the sampled stacks.%n%n"
                    + "| phase | machine CPU by process | samples | Silta's samples by layer | Silta methods |%n"
                    + "| --- | --- | ---: | --- | --- |%n", (Integer) size.get("activities")));
            profiles.forEach((phase, profile) -> md.append("| ").append(phase).append(" | ")
                    .append(shares((Map<String, Object>) profile.get("cpuByProcess"), 5)).append(" | ")
                    .append(profile.get("samples")).append(" | ")
                    .append(shares((Map<String, Object>) profile.get("layers"), 7)).append(" | ")
                    .append(shares((Map<String, Object>) profile.get("siltaMethods"), 4)).append(" |\n"));
        }
        return md.toString();
    }

    private static String shares(Map<String, Object> shares, int limit) {
        if (shares == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        shares.entrySet().stream().limit(limit).forEach(e -> text.append(text.isEmpty() ? "" : ", ").append(e.getKey())
                .append(' ').append(e.getValue()).append(" %"));
        return text.toString().replace("|", "/");
    }
}
