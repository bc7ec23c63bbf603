package fi.silta.organisations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of organisations joining Silta. */
@ConfigMapping(prefix = "silta.organisations")
public interface OrganisationsConfig {

    /** How long after the decision a request to join keeps its contact person's details and message. */
    @WithDefault("P90D")
    Duration requestContactKeptFor();

    /** A request to join not decided this long after it was sent is closed as expired. */
    @WithDefault("P180D")
    Duration undecidedRequestsExpireAfter();
}
