package fi.silta.reports.api;

import java.util.List;

/**
 * A table of a report, with small cells suppressed: its name (as in the address of its CSV), title, the heading of
 * its row labels, its columns (keys and labels) and rows.
 */
public record ReportTable(String name, String title, String rowHeading, List<String> columnKeys,
        List<String> columns, List<ReportRow> rows) {

    /** The row with this key, if any. */
    public ReportRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
