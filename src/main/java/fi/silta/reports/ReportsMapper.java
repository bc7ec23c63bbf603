package fi.silta.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.common.Language;
import fi.silta.reference.CodeName;
import fi.silta.reference.ReferenceNames;
import fi.silta.referrals.api.FallingOffCase;
import fi.silta.referrals.api.PathEntry;
import fi.silta.reports.api.FallingOffRow;
import fi.silta.reports.api.PathLine;
import fi.silta.reports.api.ReportCell;
import fi.silta.reports.api.ReportRow;
import fi.silta.reports.api.ReportTable;
import fi.silta.security.Role;

/** Count tables to the report records the API, the CSV and the pages show, with suppressed cells hidden. */
@ApplicationScoped
public class ReportsMapper {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
            .withZone(ReportsConfig.TIME_ZONE);

    private final ReferenceNames names;

    ReportsMapper(ReferenceNames names) {
        this.names = names;
    }

    /** What a cell hidden by complementary suppression shows. */
    static final String WITHHELD = "..";

    /** A count table, suppressed; the total row (when the table has one) comes last. */
    public ReportTable table(String name, String title, String rowHeading, Map<String, String> rows, List<String> columnKeys,
            List<String> columnLabels, CountTable counts, int smallest, String totalLabel) {
        boolean[][] hidden = Suppression.hidden(counts, smallest);
        List<String> keys = new ArrayList<>(columnKeys);
        List<String> labels = new ArrayList<>(columnLabels);
        if (counts.totalColumn()) {
            keys.add("TOTAL");
            labels.add(totalLabel);
        }
        List<String> rowKeys = counts.rowKeys();
        List<ReportRow> result = new ArrayList<>();
        for (int r = 0; r < counts.counts().length; r++) {
            boolean total = r >= rowKeys.size();
            List<ReportCell> cells = new ArrayList<>();
            for (int c = 0; c < counts.counts()[r].length; c++) {
                cells.add(count(counts.counts()[r][c], hidden[r][c], smallest));
            }
            result.add(total ? new ReportRow("TOTAL", totalLabel, true, cells)
                    : new ReportRow(rowKeys.get(r), rows.get(rowKeys.get(r)), false, cells));
        }
        return new ReportTable(name, title, rowHeading, keys, labels, result);
    }

    /**
     * Means of scores per row (and the total row last), one column a question: the sums divided by the row's count,
     * which is the last cell of the same row of {@code counts}; hidden wherever that count is hidden or zero.
     */
    public ReportTable means(String name, String title, String rowHeading, Map<String, String> rows,
            List<String> columnKeys, List<String> columnLabels, ReportTable counts, double[][] sums,
            String totalLabel) {
        List<ReportRow> result = new ArrayList<>();
        for (int r = 0; r < counts.rows().size(); r++) {
            ReportRow countRow = counts.rows().get(r);
            ReportCell n = countRow.cells().get(countRow.cells().size() - 1);
            List<ReportCell> cells = new ArrayList<>();
            for (int c = 0; c < columnKeys.size(); c++) {
                if (n.hidden() || n.value() == null || n.value().longValue() == 0) {
                    cells.add(new ReportCell(null, n.hidden() ? n.shown() : "", n.hidden()));
                } else {
                    double mean = Math.round(sums[r][c] / n.value().longValue() * 10) / 10.0;
                    cells.add(new ReportCell(mean, Double.toString(mean), false));
                }
            }
            result.add(new ReportRow(countRow.key(), countRow.total() ? totalLabel : rows.get(countRow.key()),
                    countRow.total(), cells));
        }
        return new ReportTable(name, title, rowHeading, columnKeys, columnLabels, result);
    }

    /** Durations: per row, how many referrals and the median days, both hidden for a group under the smallest. */
    ReportTable durations(String name, String title, String rowHeading, Map<String, String> rows,
            List<String> columnLabels, List<long[]> counts, List<Double> medians, int smallest) {
        List<ReportRow> result = new ArrayList<>();
        List<String> keys = List.copyOf(rows.keySet());
        for (int r = 0; r < keys.size(); r++) {
            long n = counts.get(r)[0];
            boolean hidden = n > 0 && n < smallest;
            Double median = medians.get(r);
            ReportCell medianCell = hidden || median == null ? new ReportCell(null, "", hidden)
                    : new ReportCell(median, median.toString(), false);
            result.add(new ReportRow(keys.get(r), rows.get(keys.get(r)), false,
                    List.of(count(n, hidden, smallest), medianCell)));
        }
        return new ReportTable(name, title, rowHeading, List.of("REFERRALS", "MEDIAN_DAYS"), columnLabels, result);
    }

    /**
     * A count as shown: a small group as {@code <5}; a cell hidden only so that a small group cannot be worked out
     * from the total as {@value #WITHHELD} (the mark of Finnish official statistics for a confidential figure), since
     * it is not a small group itself.
     */
    /** A case falling off the path, in words; the municipality by name. */
    FallingOffRow fallingOff(FallingOffCase c, Language language, ReportMessages text) {
        return new FallingOffRow(c.id(),
                names.municipality(c.municipality(), language).map(CodeName::name).orElse(c.municipality()),
                text.status(c.status()), c.assignedTo() == null ? text.unassigned() : c.assignedTo(), c.contacts(),
                c.daysSinceLastActivity(), c.flags().stream().map(text::flag).toList());
    }

    /** One event of a client's path, in words. */
    PathLine pathLine(PathEntry e, ReportMessages text) {
        String role = switch (e.role()) {
            case Role.NURSE -> text.role_nurse();
            case Role.LINK_PERSON -> text.role_link_person();
            case Role.COORDINATOR -> text.role_coordinator();
            default -> text.role_other();
        };
        String what = switch (e.kind()) {
            case WRITTEN -> text.what_written(text.status(e.to()));
            case STATUS -> text.what_status(text.status(e.from()), text.status(e.to()));
            case STEP -> text.what_step(text.step(e.step()));
            case HANDOVER -> text.what_handover();
            case CONTACT -> text.what_contact(text.contactKind(e.contact()));
        };
        return new PathLine(TIME.format(e.at()), e.referralId(), e.actor() + " (" + role + ")", what);
    }

    private static ReportCell count(long value, boolean hidden, int smallest) {
        if (!hidden) {
            return new ReportCell(value, Long.toString(value), false);
        }
        return new ReportCell(null, value > 0 && value < smallest ? "<" + smallest : WITHHELD, true);
    }
}
