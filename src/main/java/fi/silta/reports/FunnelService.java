package fi.silta.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.reference.CodeName;
import fi.silta.reference.ReferenceNames;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralStatistics;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.ReferralFact;
import fi.silta.reports.api.FunnelReport;
import fi.silta.reports.api.ReportTable;
import fi.silta.security.Role;

/**
 * The referral funnel: from the referral facts of a period (only clients who consented to statistics), how many
 * reached each step, how long the steps took, how the referrals ended and where clients left the path. Every table
 * goes through {@link Suppression} before anyone sees it.
 */
@ApplicationScoped
public class FunnelService {

    /** The steps whose durations are reported: each step to the next, and the whole path to attending. */
    static final List<Stage[]> DURATIONS = List.of(new Stage[] { Stage.REFERRED, Stage.ACCEPTED },
            new Stage[] { Stage.ACCEPTED, Stage.FIRST_CONTACT }, new Stage[] { Stage.FIRST_CONTACT,
                    Stage.ACTIVITY_AGREED },
            new Stage[] { Stage.ACTIVITY_AGREED, Stage.ATTENDED }, new Stage[] { Stage.ATTENDED, Stage.FOLLOWED_UP },
            new Stage[] { Stage.REFERRED, Stage.ATTENDED });

    /** Where a closed referral that did not end in attendance left the path: the furthest step it reached. */
    static final List<Stage> LEFT_AT = List.of(Stage.REFERRED, Stage.ACCEPTED, Stage.FIRST_CONTACT,
            Stage.ACTIVITY_AGREED);

    private final ReferralStatistics statistics;
    private final ReferenceNames names;
    private final ReportsMapper mapper;
    private final ReportsConfig config;
    private final Clock clock;

    FunnelService(ReferralStatistics statistics, ReferenceNames names, ReportsMapper mapper, ReportsConfig config,
            Clock clock) {
        this.statistics = statistics;
        this.names = names;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** The months a report covers when none are asked for: the last {@code silta.reports.default-months}. */
    public YearMonth[] defaultPeriod() {
        YearMonth now = YearMonth.now(clock.withZone(ReportsConfig.TIME_ZONE));
        return new YearMonth[] { now.minusMonths(config.defaultMonths() - 1L), now };
    }

    /** The funnel of the months {@code from} to {@code to} (both included), its rows split {@code by}. */
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public FunnelReport funnel(YearMonth from, YearMonth to, Dimension by, Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        Instant start = from.atDay(1).atStartOfDay(ReportsConfig.TIME_ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ReportsConfig.TIME_ZONE).toInstant();
        // Counted in the month the referral was sent (a draft is written earlier).
        List<ReferralFact> facts = statistics.facts(start.minus(Duration.ofDays(31)), end).stream()
                .filter(f -> !f.referredAt().isBefore(start) && f.referredAt().isBefore(end)).toList();
        Map<String, String> rows = rows(by, facts, from, to, language, text);
        List<String> rowKeys = List.copyOf(rows.keySet());
        int smallest = config.smallestGroup();

        List<String> stages = Arrays.stream(Stage.values()).map(Enum::name).toList();
        long[][] reached = new long[rowKeys.size()][stages.size()];
        long[] reachedTotal = new long[stages.size()];
        List<String> outcomeKeys = outcomeColumns();
        long[][] ended = new long[rowKeys.size()][outcomeKeys.size()];
        long[] endedTotal = new long[outcomeKeys.size()];
        for (ReferralFact fact : facts) {
            String outcome = outcomeColumn(fact);
            for (Stage stage : Stage.values()) {
                if (stage.reached(fact)) {
                    reachedTotal[stage.ordinal()]++;
                }
            }
            endedTotal[outcomeKeys.indexOf(outcome)]++;
            for (String key : by.keys(fact)) {
                int row = rowKeys.indexOf(key);
                for (Stage stage : Stage.values()) {
                    if (stage.reached(fact)) {
                        reached[row][stage.ordinal()]++;
                    }
                }
                ended[row][outcomeKeys.indexOf(outcome)]++;
            }
        }
        List<String> stageLabels = Arrays.stream(Stage.values()).map(text::stage).toList();
        ReportTable funnel = mapper.table("funnel", text.funnel_title(), text.dimension(by), rows, stages,
                stageLabels, CountTable.of(rowKeys, stages, reached, reachedTotal, false, by.partition(), false),
                smallest, text.total());
        List<String> outcomeLabels = outcomeKeys.stream().map(key -> outcomeLabel(key, text)).toList();
        ReportTable outcomes = mapper.table("outcomes", text.outcomes_title(), text.dimension(by), rows,
                outcomeKeys, outcomeLabels,
                CountTable.of(rowKeys, outcomeKeys, ended, endedTotal, true, by.partition(), true), smallest,
                text.total());
        return new FunnelReport(from.toString(), to.toString(), by.name(), smallest, funnel,
                durations(facts, text, smallest), outcomes, leaving(facts, language, text, smallest));
    }

    /** Median days between steps, over the referrals that recorded both. */
    private ReportTable durations(List<ReferralFact> facts, ReportMessages text, int smallest) {
        Map<String, String> rows = new LinkedHashMap<>();
        List<long[]> counts = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (Stage[] pair : DURATIONS) {
            String key = pair[0].name() + "-" + pair[1].name();
            rows.put(key, pair[0] == Stage.REFERRED && pair[1] == Stage.ATTENDED ? text.duration_whole_path()
                    : text.duration_between(text.stage(pair[0]), text.stage(pair[1])));
            List<Duration> lengths = new ArrayList<>();
            for (ReferralFact fact : facts) {
                Instant a = pair[0].recorded(fact);
                Instant b = pair[1].recorded(fact);
                if (a != null && b != null && !b.isBefore(a)) {
                    lengths.add(Duration.between(a, b));
                }
            }
            counts.add(new long[] { lengths.size() });
            medians.add(medianDays(lengths));
        }
        return mapper.durations("durations", text.durations_title(), text.step_heading(), rows,
                List.of(text.referrals(), text.median_days()), counts, medians, smallest);
    }

    /** Closed referrals that did not end in attendance, by municipality and the furthest step they reached. */
    private ReportTable leaving(List<ReferralFact> facts, Language language, ReportMessages text, int smallest) {
        List<ReferralFact> left = facts.stream()
                .filter(f -> f.closed() && f.outcome() != Outcome.ATTENDED && !Stage.ATTENDED.reached(f)).toList();
        Map<String, String> rows = municipalities(left, language);
        List<String> rowKeys = List.copyOf(rows.keySet());
        List<String> columns = LEFT_AT.stream().map(Enum::name).toList();
        long[][] counts = new long[rowKeys.size()][columns.size()];
        long[] totals = new long[columns.size()];
        for (ReferralFact fact : left) {
            int column = columns.indexOf(Stage.furthest(fact).name());
            counts[rowKeys.indexOf(fact.municipality())][column]++;
            totals[column]++;
        }
        return mapper.table("leaving", text.leaving_title(), text.leaving_rows(), rows, columns,
                LEFT_AT.stream().map(text::stage).toList(),
                CountTable.of(rowKeys, columns, counts, totals, true, true, true), smallest, text.total());
    }

    static Double medianDays(List<Duration> lengths) {
        if (lengths.isEmpty()) {
            return null;
        }
        List<Double> days = new ArrayList<>(lengths.stream().map(d -> d.toMinutes() / 1440.0).toList());
        Collections.sort(days);
        int middle = days.size() / 2;
        double median = days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }

    private static List<String> outcomeColumns() {
        List<String> keys = new ArrayList<>(Arrays.stream(Outcome.values()).map(Enum::name).toList());
        keys.add(ReferralStatus.CANCELLED.name());
        keys.add(ReferralStatus.REJECTED.name());
        keys.add("OPEN");
        return keys;
    }

    private static String outcomeColumn(ReferralFact fact) {
        if (!fact.closed()) {
            return "OPEN";
        }
        return fact.outcome() != null ? fact.outcome().name() : fact.status().name();
    }

    private static String outcomeLabel(String key, ReportMessages text) {
        return switch (key) {
            case "OPEN" -> text.open();
            case "CANCELLED" -> text.cancelled();
            case "REJECTED" -> text.rejected();
            default -> text.outcome(Outcome.valueOf(key));
        };
    }

    /** The rows of a dimension, key to label: every month and every constant, the municipalities that occur. */
    private Map<String, String> rows(Dimension by, List<ReferralFact> facts, YearMonth from, YearMonth to,
            Language language, ReportMessages text) {
        Map<String, String> rows = new LinkedHashMap<>();
        switch (by) {
            case MONTH -> {
                for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                    rows.put(month.toString(), month.toString());
                }
            }
            case MUNICIPALITY -> rows.putAll(municipalities(facts, language));
            case CONTEXT -> Arrays.stream(ReferralContext.values()).forEach(c -> rows.put(c.name(), text.context(c)));
            case NEED -> Arrays.stream(Need.values()).forEach(n -> rows.put(n.name(), text.need(n)));
            case URGENCY -> Arrays.stream(Urgency.values()).forEach(u -> rows.put(u.name(), text.urgency(u)));
        }
        return rows;
    }

    private Map<String, String> municipalities(List<ReferralFact> facts, Language language) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String code : new TreeSet<>(facts.stream().map(ReferralFact::municipality).toList())) {
            rows.put(code, names.municipality(code, language).map(CodeName::name).orElse(code));
        }
        return rows;
    }
}
