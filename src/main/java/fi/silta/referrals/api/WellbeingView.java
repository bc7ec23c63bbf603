package fi.silta.referrals.api;

import java.time.Instant;
import java.util.List;

import fi.silta.referrals.SelfReportRound;

/**
 * One round of the client's wellbeing self-report with its scores: WHO-5 raw (0-25) and as a percentage (raw × 4),
 * UCLA-3 (3-9, higher is lonelier).
 */
public record WellbeingView(SelfReportRound round, List<Integer> who5, List<Integer> ucla3, int who5Raw,
        int who5Percent, int ucla3Score, String recordedBy, Instant recordedAt) {

    @Override
    public String toString() {
        return "WellbeingView[hidden]";
    }
}
