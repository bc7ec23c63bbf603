package fi.silta.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of sign-in and of what a signed-in user may act for. */
@ConfigMapping(prefix = "silta.security")
public interface SecurityConfig {

    /**
     * The token claim listing the business ids of the organisations a publisher acts for. The identity
     * provider may leave it out; admins can then make publishers members of organisations in Silta.
     */
    @WithDefault("silta_organisations")
    String organisationClaim();
}
