package fi.silta.referrals;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a user's wellbeing services counties come from. */
@ConfigMapping(prefix = "silta.counties")
public interface CountiesConfig {

    /**
     * The token claim with the two-digit codes of the counties the user works in (a list, or comma-separated). The
     * Keycloak realm maps it from the user attribute of the same name.
     */
    @WithDefault("silta_counties")
    String claim();

    /**
     * Counties by user name, comma-separated, for an identity provider that cannot put custom claims in its tokens:
     * the local run's and the tests' built-in OpenID Connect server. Production leaves it empty and uses the claim.
     */
    Map<String, String> users();
}
