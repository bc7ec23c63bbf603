package fi.silta.referrals;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of referrals and the link-person caseload. */
@ConfigMapping(prefix = "silta.referrals")
public interface ReferralsConfig {

    /** Referral days (contacts, follow-ups, due dates) are Finnish days. */
    ZoneId TIME_ZONE = ZoneId.of("Europe/Helsinki");

    /** The AES-256 key for client data at rest, base64 (32 bytes). Production reads it from the environment. */
    String clientDataKey();

    /**
     * The wellbeing county (two-digit code) whose referrals the deployment's coordinators work with. One
     * Silta instance serves one county's referral work, while its catalogue spans wider.
     */
    String defaultCounty();

    /** Whether temporary and test identity codes (individual numbers 900–999) are accepted. */
    @WithDefault("false")
    boolean allowTemporaryIdentityCodes();

    /** A case assigned this long ago without a recorded contact is overdue. */
    @WithDefault("P3D")
    Duration firstContactWithin();

    /** A case accepted this long ago without attendance is overdue. */
    @WithDefault("P30D")
    Duration attendanceWithin();

    /** Silta's own address, for the links in notifications. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Closed referrals are pseudonymised after this long. */
    @WithDefault("P365D")
    Duration pseudonymiseAfter();
}
