package fi.silta.referrals;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The wellbeing services counties the signed-in user works in: from the token's county claim, else from the
 * configured mapping by user name (the local sign-in server only), else the deployment's own county, so a
 * single-county deployment works as before.
 */
@RequestScoped
class UserCounties {

    private final SecurityIdentity identity;
    private final CountiesConfig config;
    private final ReferralsConfig referrals;
    private Set<String> counties;

    UserCounties(SecurityIdentity identity, CountiesConfig config, ReferralsConfig referrals) {
        this.identity = identity;
        this.config = config;
        this.referrals = referrals;
    }

    Set<String> counties() {
        if (counties == null) {
            Set<String> found = claimed();
            if (found.isEmpty() && !identity.isAnonymous()) {
                String mapped = config.users().get(identity.getPrincipal().getName());
                if (mapped != null) {
                    add(found, mapped);
                }
            }
            if (found.isEmpty()) {
                found.add(referrals.defaultCounty());
            }
            counties = Set.copyOf(found);
        }
        return counties;
    }

    private Set<String> claimed() {
        Set<String> found = new LinkedHashSet<>();
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return found;
        }
        Object claim = token.getClaim(config.claim());
        if (claim instanceof JsonArray array) {
            array.forEach(value -> add(found, value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> add(found, String.valueOf(value)));
        } else if (claim instanceof JsonString s) {
            add(found, s.getString());
        } else if (claim != null) {
            add(found, claim.toString());
        }
        return found;
    }

    private static void add(Set<String> counties, String codes) {
        for (String code : codes.split(",")) {
            String trimmed = code.strip().replace("\"", "");
            if (trimmed.matches("[0-9]{2}")) {
                counties.add(trimmed);
            }
        }
    }
}
