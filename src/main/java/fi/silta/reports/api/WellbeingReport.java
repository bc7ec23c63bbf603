package fi.silta.reports.api;

/**
 * The wellbeing self-report's change per municipality over a period: how many referrals have answers at both the
 * start and follow-up (suppressed like every count), and the mean change of each scale, hidden wherever the count
 * is.
 */
public record WellbeingReport(String from, String to, int smallestGroup, ReportTable pairs, ReportTable change) {
}
