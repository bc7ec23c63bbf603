package fi.silta.reports.api;

/**
 * One cell of a report table: its value (a count or a median), or none when the cell is hidden; {@code shown} is
 * what a reader sees ({@code "<5"} for a hidden count, an empty text when there is nothing to show).
 */
public record ReportCell(Number value, String shown, boolean hidden) {
}
