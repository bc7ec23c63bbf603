package fi.silta.reports;

import java.time.Instant;
import java.time.YearMonth;
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
import fi.silta.referrals.ReferralStatistics;
import fi.silta.referrals.api.WellbeingChange;
import fi.silta.reports.api.ReportTable;
import fi.silta.reports.api.WellbeingReport;
import fi.silta.security.Role;

/**
 * The change in clients' wellbeing (WHO-5) and loneliness (UCLA-3) between the start and the follow-up of their
 * referrals, per municipality: only referrals with statistics consent and answers in both rounds, counted in the
 * month the referral was written, small groups hidden with their means.
 */
@ApplicationScoped
public class WellbeingReportService {

    static final List<String> SCALES = List.of("WHO5", "UCLA3");

    private final ReferralStatistics statistics;
    private final ReferenceNames names;
    private final ReportsMapper mapper;
    private final ReportsConfig config;

    WellbeingReportService(ReferralStatistics statistics, ReferenceNames names, ReportsMapper mapper,
            ReportsConfig config) {
        this.statistics = statistics;
        this.names = names;
        this.mapper = mapper;
        this.config = config;
    }

    /** The months {@code from} to {@code to}, both included. */
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public WellbeingReport report(YearMonth from, YearMonth to, Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        Instant start = from.atDay(1).atStartOfDay(ReportsConfig.TIME_ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ReportsConfig.TIME_ZONE).toInstant();
        List<WellbeingChange> changes = statistics.wellbeingChanges(start, end);
        Map<String, String> rows = new LinkedHashMap<>();
        for (String code : new TreeSet<>(changes.stream().map(WellbeingChange::municipality).toList())) {
            rows.put(code, names.municipality(code, language).map(CodeName::name).orElse(code));
        }
        List<String> keys = List.copyOf(rows.keySet());
        long[][] pairs = new long[keys.size()][1];
        double[][] sums = new double[keys.size() + 1][SCALES.size()];
        for (WellbeingChange change : changes) {
            int row = keys.indexOf(change.municipality());
            pairs[row][0]++;
            for (int r : new int[] { row, keys.size() }) {
                sums[r][0] += change.who5Points();
                sums[r][1] += change.ucla3Change();
            }
        }
        ReportTable counts = mapper.table("pairs", text.wellbeing_pairs_title(), text.col_municipality(), rows,
                List.of("PAIRS"), List.of(text.wellbeing_pairs()),
                CountTable.of(keys, List.of("PAIRS"), pairs, new long[] { changes.size() }, false, true, false),
                config.smallestGroup(), text.total());
        ReportTable means = mapper.means("change", text.wellbeing_change_title(), text.col_municipality(), rows,
                SCALES, List.of(text.wellbeing_who5_change(), text.wellbeing_ucla3_change()), counts, sums,
                text.total());
        return new WellbeingReport(from.toString(), to.toString(), config.smallestGroup(), counts, means);
    }
}
