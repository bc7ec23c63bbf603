package fi.silta.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The sustained-load run's results: per minute (requests, answers by status, p95, heap after a full collection,
 * resident memory), the outages with how long the instance was not ready, the acceptance checks, and the writes.
 * The per-request samples stay in {@code target/reliability/samples.json}; the published JSON holds the summary.
 */
final class ReliabilityReport {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final String START = "<!-- reliability-results:start -->";
    static final String END = "<!-- reliability-results:end -->";
    /** Requests answered after a fault ends but sent before the instance was ready again count with the fault. */
    private static final long GRACE_MS = 5_000;

    private ReliabilityReport() {
    }

    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> result, Path out, Path project, boolean publish) throws Exception {
        List<SteadyLoad.Sample> samples = (List<SteadyLoad.Sample>) result.remove("samples");
        Files.writeString(out.resolve("samples.json"), JSON.writeValueAsString(samples));
        Reliability.Settings settings = (Reliability.Settings) result.get("settings");
        Map<String, Long> faults = (Map<String, Long>) result.get("faults");
        List<Reliability.ReadinessChange> readiness = (List<Reliability.ReadinessChange>) result.get("readiness");
        List<long[]> windows = new ArrayList<>();
        windows.add(window(faults.get("enginePausedAtMs"), faults.get("engineResumedAtMs"), readiness));
        windows.add(window(faults.get("databaseStoppedAtMs"), faults.get("databaseStartedAtMs"), readiness));
        result.put("outageWindowsMs", windows);

        List<Map<String, Object>> minutes = new ArrayList<>();
        List<Map<String, Object>> memory = (List<Map<String, Object>>) result.get("memory");
        for (int minute = 0; minute < settings.minutes(); minute++) {
            long from = minute * 60_000L;
            long to = from + 60_000L;
            List<SteadyLoad.Sample> in = samples.stream().filter(s -> s.dueMs() >= from && s.dueMs() < to).toList();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("minute", minute + 1);
            row.put("requests", in.size());
            row.put("byStatus", byStatus(in));
            row.put("p95Ms", p95(in));
            row.put("searchP95Ms", p95(in.stream().filter(s -> s.kind().equals("search")).toList()));
            int index = minute + 1;
            memory.stream().filter(m -> ((Number) m.get("minute")).intValue() == index).findFirst().ifPresent(m -> {
                row.put("heapAfterGcMb", m.get("heapAfterGcMb"));
                row.put("rssMb", m.get("rssMb"));
            });
            minutes.add(row);
        }
        result.put("minutes", minutes);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("requests", samples.size());
        totals.put("byStatus", byStatus(samples));
        totals.put("p95Ms", p95(samples));
        long outside = samples.stream().filter(s -> (s.status() >= 500 || s.status() == 0))
                // A request still waiting for its answer when a fault began met the fault too.
                .filter(s -> windows.stream().noneMatch(w -> s.dueMs() + s.ms() >= w[0] && s.dueMs() <= w[1])).count();
        totals.put("serverErrorsOutsideOutages", outside);
        result.put("totals", totals);
        result.put("acceptance", acceptance(result, samples, minutes, outside));

        String json = JSON.writeValueAsString(result);
        String markdown = markdown(result, minutes, totals);
        Files.writeString(out.resolve("results.json"), json);
        Files.writeString(out.resolve("results.md"), markdown);
        if (publish) {
            Files.writeString(project.resolve("docs/reliability-results.json"), json);
            Path doc = project.resolve("docs/reliability.md");
            String text = Files.readString(doc);
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            if (start < 0 || end < start) {
                throw new IllegalStateException("docs/reliability.md lacks the result markers");
            }
            Files.writeString(doc, text.substring(0, start + START.length()) + "\n\n" + markdown + "\n"
                    + text.substring(end), StandardCharsets.UTF_8);
        }
    }

    /** From the fault's start to the first ready answer after it ended, plus a grace for answers in flight. */
    private static long[] window(Long from, Long to, List<Reliability.ReadinessChange> readiness) {
        if (from == null || to == null) {
            return new long[] { -1, -1 };
        }
        long readyAgain = readiness.stream().filter(r -> r.atMs() >= to && r.status() == 200)
                .mapToLong(Reliability.ReadinessChange::atMs).findFirst().orElse(to);
        return new long[] { from, readyAgain + GRACE_MS };
    }

    private static List<Map<String, Object>> acceptance(Map<String, Object> result, List<SteadyLoad.Sample> samples,
            List<Map<String, Object>> minutes, long outside) {
        @SuppressWarnings("unchecked")
        Map<String, Object> writes = (Map<String, Object>) result.get("writes");
        List<Map<String, Object>> checks = new ArrayList<>();
        long lost = ((Number) writes.get("writesLost")).longValue();
        check(checks, "Writes lost", "0", Long.toString(lost), lost == 0);
        long errors500 = samples.stream().filter(s -> s.status() == 500).count();
        check(checks, "Responses 500", "0", Long.toString(errors500), errors500 == 0);
        check(checks, "5xx (or no answer) outside the engine pause and the database restart", "0",
                Long.toString(outside), outside == 0);
        Double second = minutes.size() > 1 ? (Double) minutes.get(1).get("heapAfterGcMb") : null;
        Double last = (Double) minutes.get(minutes.size() - 1).get("heapAfterGcMb");
        boolean flat = second != null && last != null && last <= second * 1.10;
        check(checks, "Heap after GC, last minute / second minute", "≤ 110 %",
                second == null || last == null ? "not measured" : String.format("%.0f %%", 100 * last / second), flat);
        return checks;
    }

    private static void check(List<Map<String, Object>> checks, String what, String goal, String measured, boolean met) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("check", what);
        check.put("goal", goal);
        check.put("measured", measured);
        check.put("met", met);
        checks.add(check);
    }

    private static Map<String, Long> byStatus(List<SteadyLoad.Sample> samples) {
        Map<String, Long> counts = new TreeMap<>();
        samples.forEach(s -> counts.merge(s.status() == 0 ? "no answer" : Integer.toString(s.status()), 1L, Long::sum));
        return counts;
    }

    private static double p95(List<SteadyLoad.Sample> samples) {
        if (samples.isEmpty()) {
            return 0;
        }
        double[] sorted = samples.stream().mapToDouble(SteadyLoad.Sample::ms).sorted().toArray();
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] * 10) / 10.0;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> result, List<Map<String, Object>> minutes,
            Map<String, Object> totals) {
        Reliability.Settings settings = (Reliability.Settings) result.get("settings");
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(result.get("run")).append(".\n\n| machine | |\n| --- | --- |\n");
        ((Map<String, Object>) result.get("machine")).forEach((k, v) -> md.append("| ").append(k).append(" | ")
                .append(v).append(" |\n"));
        md.append(String.format("| load | %d requests/s for %d minutes, 90 %% searches, 10 %% writes; %s |%n%n",
                settings.rate(), settings.minutes(), result.get("catalogue")));
        md.append("### Acceptance\n\n| check | goal | measured | met |\n| --- | --- | --- | --- |\n");
        for (Map<String, Object> check : (List<Map<String, Object>>) result.get("acceptance")) {
            md.append(String.format("| %s | %s | %s | %s |%n", check.get("check"), check.get("goal"),
                    check.get("measured"), (Boolean) check.get("met") ? "yes" : "**no**"));
        }
        Map<String, Long> faults = (Map<String, Long>) result.get("faults");
        List<long[]> windows = (List<long[]>) result.get("outageWindowsMs");
        md.append("\n### Outages\n\n| fault | from | to | not-ready window counted as the outage |\n"
                + "| --- | ---: | ---: | --- |\n");
        md.append(String.format("| search engine frozen (SIGSTOP) | %s | %s | %s |%n", clock(faults.get("enginePausedAtMs")),
                clock(faults.get("engineResumedAtMs")), span(windows.get(0))));
        md.append(String.format("| database stopped and started | %s | %s | %s |%n",
                clock(faults.get("databaseStoppedAtMs")), clock(faults.get("databaseStartedAtMs")),
                span(windows.get(1))));
        md.append("\nReadiness as seen from outside (polled every half second): ");
        List<String> changes = new ArrayList<>();
        for (Reliability.ReadinessChange change : (List<Reliability.ReadinessChange>) result.get("readiness")) {
            changes.add(clock(change.atMs()) + " " + (change.status() == 0 ? "no answer" : change.status()));
        }
        md.append(String.join(", ", changes)).append(".\n\n");
        md.append("### Per minute\n\n| minute | requests | answers by status | p95 ms | search p95 ms | heap after GC MB |"
                + " RSS MB |\n| ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
        for (Map<String, Object> row : minutes) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", row.get("minute"), row.get("requests"),
                    statuses((Map<String, Long>) row.get("byStatus")), row.get("p95Ms"), row.get("searchP95Ms"),
                    row.getOrDefault("heapAfterGcMb", "–"), row.getOrDefault("rssMb", "–")));
        }
        md.append(String.format("| all | %s | %s | %s | | | |%n%n", totals.get("requests"),
                statuses((Map<String, Long>) totals.get("byStatus")), totals.get("p95Ms")));
        Map<String, Object> writes = (Map<String, Object>) result.get("writes");
        md.append(String.format("**Writes.** %s write flows started (publishing: write, schedule, publish; referrals:"
                + " create, assign, accept, start, close), %s abandoned after an answer other than success or 503;"
                + " %s listings published, %s of them not found by search at the end; %s referrals moved, %s not in"
                + " the state their last acknowledged answer gave. Writes lost: **%s**. Silta logged %s unexpected"
                + " failures.%n",
                writes.get("flowsStarted"), writes.get("flowsAbandoned"), writes.get("publishedListings"),
                writes.get("publishedListingsNotFound"), writes.get("referrals"),
                writes.get("referralsNotAsAcknowledged"), writes.get("writesLost"),
                result.get("unexpectedFailuresLogged")));
        return md.toString();
    }

    private static String statuses(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(status + ": " + count));
        return String.join(", ", parts);
    }

    private static String clock(Long ms) {
        if (ms == null) {
            return "–";
        }
        return String.format("%d:%02d", ms / 60_000, (ms / 1000) % 60);
    }

    private static String span(long[] window) {
        return window[0] < 0 ? "–"
                : clock(window[0]) + "–" + clock(window[1]) + " ("
                        + Arrays.stream(window).reduce((a, b) -> b - a).orElse(0) / 1000 + " s)";
    }
}
