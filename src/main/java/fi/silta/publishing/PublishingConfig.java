package fi.silta.publishing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of organisations' own publishing. */
@ConfigMapping(prefix = "silta.publishing")
public interface PublishingConfig {

    /**
     * How long a published listing counts as current after its publisher last confirmed or saved it. Older
     * ones are shown to the organisation as getting stale, and search ranks them a little lower.
     */
    @WithDefault("P180D")
    Duration staleAfter();
}
