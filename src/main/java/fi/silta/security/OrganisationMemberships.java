package fi.silta.security;

import java.util.Collection;
import java.util.Set;

/**
 * Which organisations a user publishes for, as the organisations feature records it. Security asks through this
 * interface so that it depends on no feature above it; the organisations feature implements it.
 */
public interface OrganisationMemberships {

    /**
     * The organisations an admin made the user a member of, together with those whose business id the user's
     * token names.
     */
    Set<Long> organisationsOf(String username, Collection<String> claimedBusinessIds);
}
