package fi.silta.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of sign-in, of what a signed-in user may act for, and of what anonymous visitors may send. */
@ConfigMapping(prefix = "silta.security")
public interface SecurityConfig {

    /**
     * The token claim listing the business ids of the organisations a publisher acts for. The identity
     * provider may leave it out; admins can then make publishers members of organisations in Silta.
     */
    @WithDefault("silta_organisations")
    String organisationClaim();

    /** How many writes anonymous visitors may send (requests to join); more answer 429 until the window ends. */
    AnonymousWrites anonymousWrites();

    interface AnonymousWrites {

        /** Writes one address may send in a window. */
        @WithDefault("5")
        int perAddress();

        /** Writes all anonymous visitors together may send in a window, on one instance. */
        @WithDefault("100")
        int overall();

        /** The length of a window. */
        @WithDefault("PT1H")
        Duration window();
    }
}
