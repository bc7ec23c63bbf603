package fi.silta.reports.api;

import java.util.List;

/** A row of a report table: its key (a code), its label in the asked language, and its cells. */
public record ReportRow(String key, String label, boolean total, List<ReportCell> cells) {
}
