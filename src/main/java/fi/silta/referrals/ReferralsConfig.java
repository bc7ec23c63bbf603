package fi.silta.referrals;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of referrals and the link-person caseload. */
@ConfigMapping(prefix = "silta.referrals")
public interface ReferralsConfig {

    /** Referral days (contacts, follow-ups, due dates) are Finnish days. */
    ZoneId TIME_ZONE = ZoneId.of("Europe/Helsinki");

    /**
     * The AES-256 key that encrypts client data at rest, base64 (32 bytes). Production reads it from the
     * environment and refuses to start with a key published in this repository.
     */
    String clientDataKey();

    /** The id the current key's values carry, so that a later key can be added beside it. */
    @WithDefault("1")
    String clientDataKeyId();

    /**
     * Earlier keys, as {@code <key id>:<base64 key>}, comma-separated: they decrypt what they wrote until the
     * re-encryption command has rewritten it with the current key; then they can be removed.
     */
    Optional<List<String>> previousClientDataKeys();

    /** The HMAC-SHA256 key of the identity codes' blind index, base64 (32 bytes): a secret of its own. */
    String clientIndexKey();

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

    /** How long a one-time link for the client's wellbeing self-report stays valid. */
    @WithDefault("P14D")
    Duration wellbeingLinkValidFor();

    /** Silta's own address, for the links in notifications. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Closed referrals are pseudonymised after this long. */
    @WithDefault("P365D")
    Duration pseudonymiseAfter();
}
