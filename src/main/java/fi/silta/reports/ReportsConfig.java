package fi.silta.reports;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reports: how small a group is never shown, the period, and the gaps' mapping and horizon. */
@ConfigMapping(prefix = "silta.reports")
public interface ReportsConfig {

    /** Months and days of the reports are Finnish ones. */
    ZoneId TIME_ZONE = ZoneId.of("Europe/Helsinki");

    /** A group smaller than this is shown as "<5" (for the default), and a second cell hidden where it adds up. */
    @WithDefault("5")
    int smallestGroup();

    /** How many months the reports cover when no period is asked for, the current month included. */
    @WithDefault("12")
    int defaultMonths();

    /**
     * Which catalogue categories serve each need (keys are needs, values category codes), for the catalogue's gaps:
     * an activity in any of a need's categories counts as offered for it.
     */
    Map<String, List<String>> needCategories();

    /** How far ahead the gaps look for sessions of activities. */
    @WithDefault("P30D")
    Duration gapsAhead();

    // When a client is said to fall off the path (silta.reports.falling-off.*) is the referral feature's
    // FallingOffConfig: the coordinator's referral list applies the same thresholds as the report.
}
