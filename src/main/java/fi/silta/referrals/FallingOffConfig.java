package fi.silta.referrals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import fi.silta.referrals.api.FallingOffRules;

/**
 * When a case's client is said to be falling off the path ({@code silta.reports.falling-off.*}): the coordinator's
 * falling-off report and their referral list apply the same thresholds.
 */
@ConfigMapping(prefix = "silta.reports.falling-off")
public interface FallingOffConfig {

    /** Contacts recorded without the first contact reached: the client is not being reached. */
    @WithDefault("3")
    int contactAttempts();

    /** Days a case waits in the queue unassigned (returned or never taken). */
    @WithDefault("7")
    int unassignedDays();

    /** Days without any step, contact or change on an assigned case. */
    @WithDefault("14")
    int silentDays();

    /** Sessions with a held place the client did not come to, since the last one they came to. */
    @WithDefault("2")
    int sessionsMissed();

    default FallingOffRules rules() {
        return new FallingOffRules(contactAttempts(), unassignedDays(), silentDays(), sessionsMissed());
    }
}
