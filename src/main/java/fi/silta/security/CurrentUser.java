package fi.silta.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user of this request: name, Silta roles and the organisations they publish for. An
 * organisation counts when the token's organisation claim names its business id or when an admin made the
 * user a member. Admins act for every organisation.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final OrganisationMemberships memberships;
    private final SecurityConfig config;
    private Set<Long> organisationIds;

    CurrentUser(SecurityIdentity identity, OrganisationMemberships memberships, SecurityConfig config) {
        this.identity = identity;
        this.memberships = memberships;
        this.config = config;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The user name as the identity provider gives it; what audit entries name as the actor. */
    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The user's email from the token, if the identity provider gives one. */
    public String email() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object email = token.getClaim("email");
            return email == null ? null : unquote(email.toString());
        }
        return null;
    }

    /** The name the identity provider gives the user (claim {@code name}), or null when it gives none. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name");
            String value = name == null ? "" : unquote(name.toString());
            return value.isBlank() ? null : value;
        }
        return null;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public List<String> roles() {
        return Role.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /**
     * The role this user acts in for work that {@code role} does, as audit records name it: that role when the
     * user has it, else admin for an admin acting on everyone's behalf, else none.
     */
    public String actingAs(String role) {
        if (has(role)) {
            return role;
        }
        return isAdmin() ? Role.ADMIN : null;
    }

    /** The organisations this user publishes for (every one, for an admin, is not listed here). */
    public Set<Long> organisationIds() {
        if (organisationIds == null) {
            organisationIds = signedIn() && has(Role.PUBLISHER)
                    ? Set.copyOf(memberships.organisationsOf(username(), claimedBusinessIds()))
                    : Set.of();
        }
        return organisationIds;
    }

    /** Whether this user may change the listings of the given organisation. */
    public boolean publishesFor(long organisationId) {
        return isAdmin() || (has(Role.PUBLISHER) && organisationIds().contains(organisationId));
    }

    /** Refuses, as 403, a user who does not publish for the given organisation. */
    public void requirePublisherOf(long organisationId) {
        if (!publishesFor(organisationId)) {
            throw new ForbiddenException("Not a publisher of this organisation");
        }
    }

    private Set<String> claimedBusinessIds() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Set.of();
        }
        Object claim = token.getClaim(config.organisationClaim());
        Set<String> ids = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> ids.add(unquote(String.valueOf(value))));
        } else if (claim instanceof JsonArray array) {
            array.forEach(value -> ids.add(unquote(value.toString())));
        } else if (claim != null) {
            for (String value : claim.toString().split(",")) {
                ids.add(unquote(value));
            }
        }
        ids.removeIf(String::isBlank);
        return ids;
    }

    private static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
