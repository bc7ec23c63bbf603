package fi.silta.reports.api;

import java.util.List;

/**
 * The catalogue's gaps by municipality and need: upcoming activities that match, referrals that named the need,
 * those closed with no suitable activity, residents' wishes; and the heat map's level of each cell ({@code gap},
 * {@code thin}, {@code ok}, {@code none}), rows and columns as in the tables.
 */
public record GapsReport(ReportTable activities, ReportTable referrals, ReportTable noSuitableActivity,
        ReportTable wishes, List<List<String>> levels) {

    public List<ReportTable> tables() {
        return List.of(activities, referrals, noSuitableActivity, wishes);
    }
}
