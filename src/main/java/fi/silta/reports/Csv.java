package fi.silta.reports;

import java.util.ArrayList;
import java.util.List;

import fi.silta.reports.api.ReportCell;
import fi.silta.reports.api.ReportRow;
import fi.silta.reports.api.ReportTable;

/**
 * A report table as CSV (RFC 4180): a heading row, then one row a line, hidden cells as the reader sees them
 * ({@code <5}). A text that a spreadsheet would run as a formula is quoted with a leading apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static String of(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        List<String> heading = new ArrayList<>();
        heading.add(table.rowHeading());
        heading.addAll(table.columns());
        line(csv, heading);
        for (ReportRow row : table.rows()) {
            List<String> values = new ArrayList<>();
            values.add(row.label());
            row.cells().stream().map(ReportCell::shown).forEach(values::add);
            line(csv, values);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
