package fi.silta.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.CatalogueCoverage;
import fi.silta.catalogue.api.CoveredActivity;
import fi.silta.common.Language;
import fi.silta.reference.CodeName;
import fi.silta.reference.ReferenceNames;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralStatistics;
import fi.silta.referrals.api.ReferralFact;
import fi.silta.reports.api.GapsReport;
import fi.silta.reports.api.ReportCell;
import fi.silta.reports.api.ReportRow;
import fi.silta.reports.api.ReportTable;
import fi.silta.reports.surveys.SurveyService;
import fi.silta.security.Role;

/**
 * The catalogue's gaps: for each municipality of the reader's counties and each need, how many upcoming activities match it
 * (through {@code silta.reports.need-categories}), how many referrals named the need and how many of them closed
 * with "no suitable activity", and how many residents wished for such an activity. The referral and wish counts
 * are suppressed like every report; the catalogue's counts are public.
 */
@ApplicationScoped
public class GapsService {

    private final CatalogueCoverage coverage;
    private final ReferralStatistics statistics;
    private final SurveyService surveys;
    private final ReferenceNames names;
    private final ReportsMapper mapper;
    private final ReportsConfig config;
    private final Clock clock;

    GapsService(CatalogueCoverage coverage, ReferralStatistics statistics, SurveyService surveys,
            ReferenceNames names, ReportsMapper mapper, ReportsConfig config,
            Clock clock) {
        this.coverage = coverage;
        this.statistics = statistics;
        this.surveys = surveys;
        this.names = names;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** The gaps now: activities of the next {@code gaps.ahead}, referrals and wishes of the last months. */
    @Transactional
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public GapsReport gaps(Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        Instant now = clock.instant();
        Map<String, String> rows = new LinkedHashMap<>();
        for (String code : surveys.countyMunicipalityCodes(surveys.counties())) {
            rows.put(code, names.municipality(code, language).map(CodeName::name).orElse(code));
        }
        List<String> rowKeys = List.copyOf(rows.keySet());
        List<String> needs = Arrays.stream(Need.values()).map(Enum::name).toList();
        List<String> needLabels = Arrays.stream(Need.values()).map(text::need).toList();

        Map<String, List<String>> mapping = config.needCategories();
        Map<String, Set<Long>> offered = new HashMap<>();
        for (CoveredActivity a : coverage.upcoming(now, now.plus(config.gapsAhead()))) {
            for (Need need : Need.values()) {
                if (mapping.getOrDefault(need.name(), List.of()).contains(a.category())) {
                    offered.computeIfAbsent(a.municipality() + "/" + need.name(), k -> new HashSet<>())
                            .add(a.activityId());
                }
            }
        }
        long[][] activities = new long[rowKeys.size()][needs.size()];
        for (int r = 0; r < rowKeys.size(); r++) {
            for (int c = 0; c < needs.size(); c++) {
                activities[r][c] = offered.getOrDefault(rowKeys.get(r) + "/" + needs.get(c), Set.of()).size();
            }
        }
        YearMonth thisMonth = YearMonth.from(now.atZone(ReportsConfig.TIME_ZONE));
        Instant since = thisMonth.minusMonths(config.defaultMonths() - 1L).atDay(1)
                .atStartOfDay(ReportsConfig.TIME_ZONE).toInstant();
        long[][] referred = new long[rowKeys.size()][needs.size()];
        long[][] unmatched = new long[rowKeys.size()][needs.size()];
        for (ReferralFact fact : statistics.facts(since, now.plus(Duration.ofDays(1)))) {
            int row = rowKeys.indexOf(fact.municipality());
            if (row < 0) {
                continue;
            }
            for (Need need : fact.needs()) {
                referred[row][need.ordinal()]++;
                if (fact.outcome() == Outcome.NO_SUITABLE_ACTIVITY) {
                    unmatched[row][need.ordinal()]++;
                }
            }
        }
        long[][] wished = surveys.wishCounts(rowKeys);
        int smallest = config.smallestGroup();
        ReportTable offeredTable = plain("activities", text.gaps_activities_title(), text.col_municipality(), rows,
                needs, needLabels, activities);
        ReportTable referredTable = mapper.table("referrals", text.gaps_referrals_title(), text.col_municipality(),
                rows, needs, needLabels, counts(rowKeys, needs, referred), smallest, text.total());
        ReportTable unmatchedTable = mapper.table("no-suitable-activity", text.gaps_unmatched_title(),
                text.col_municipality(), rows, needs, needLabels, counts(rowKeys, needs, unmatched), smallest,
                text.total());
        ReportTable wishTable = mapper.table("wishes", text.wishes_title(), text.col_municipality(), rows, needs,
                needLabels, counts(rowKeys, needs, wished), smallest, text.total());
        return new GapsReport(offeredTable, referredTable, unmatchedTable, wishTable,
                heat(offeredTable, referredTable, wishTable));
    }

    /** Counts by municipality and need: the municipalities add up to the total row; the needs of a row overlap. */
    private static CountTable counts(List<String> rowKeys, List<String> needs, long[][] counts) {
        long[] totals = new long[needs.size()];
        for (long[] row : counts) {
            for (int c = 0; c < row.length; c++) {
                totals[c] += row[c];
            }
        }
        return CountTable.of(rowKeys, needs, counts, totals, false, true, false);
    }

    private static ReportTable plain(String name, String title, String heading, Map<String, String> rows,
            List<String> keys, List<String> labels, long[][] counts) {
        List<ReportRow> result = new ArrayList<>();
        List<String> rowKeys = List.copyOf(rows.keySet());
        for (int r = 0; r < rowKeys.size(); r++) {
            List<ReportCell> cells = new ArrayList<>();
            for (long value : counts[r]) {
                cells.add(new ReportCell(value, Long.toString(value), false));
            }
            result.add(new ReportRow(rowKeys.get(r), rows.get(rowKeys.get(r)), false, cells));
        }
        return new ReportTable(name, title, heading, keys, labels, result);
    }

    /**
     * The heat map's level of each municipality and need: {@code gap} where something is asked for (a referral or a
     * wish, shown or hidden) and nothing is offered, {@code thin} where one or two activities are offered for it,
     * {@code none} where nothing is asked for. Levels use only what the tables show (a hidden count is at least 1).
     */
    private static List<List<String>> heat(ReportTable offered, ReportTable referred, ReportTable wished) {
        List<List<String>> levels = new ArrayList<>();
        for (int r = 0; r < offered.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < offered.columns().size(); c++) {
                long activities = offered.rows().get(r).cells().get(c).value().longValue();
                boolean asked = asked(referred.rows().get(r).cells().get(c))
                        || asked(wished.rows().get(r).cells().get(c));
                row.add(!asked ? "none" : activities == 0 ? "gap" : activities <= 2 ? "thin" : "ok");
            }
            levels.add(row);
        }
        return levels;
    }

    private static boolean asked(ReportCell cell) {
        return cell.hidden() || cell.value().longValue() > 0;
    }
}
