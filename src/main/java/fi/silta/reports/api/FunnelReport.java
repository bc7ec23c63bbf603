package fi.silta.reports.api;

import java.util.List;

/**
 * The referral funnel of a period, split by one dimension: how many reached each step, the median days between
 * steps, how the referrals ended, and at which step the clients who left the path left it, per municipality.
 * Counts only referrals whose client consented to anonymous statistics; groups under {@code smallestGroup} are
 * hidden.
 */
public record FunnelReport(String from, String to, String by, int smallestGroup, ReportTable funnel,
        ReportTable durations, ReportTable outcomes, ReportTable leaving) {

    public List<ReportTable> tables() {
        return List.of(funnel, durations, outcomes, leaving);
    }
}
