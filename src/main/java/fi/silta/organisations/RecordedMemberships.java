package fi.silta.organisations;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.security.OrganisationMemberships;

/** The memberships admins recorded in Silta and the organisations whose business ids a token claims. */
@ApplicationScoped
class RecordedMemberships implements OrganisationMemberships {

    private final OrganisationRepository organisations;

    RecordedMemberships(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Set<Long> organisationsOf(String username, Collection<String> claimedBusinessIds) {
        Set<Long> ids = new LinkedHashSet<>(organisations.idsWithMember(username));
        if (!claimedBusinessIds.isEmpty()) {
            ids.addAll(organisations.idsWithBusinessIds(claimedBusinessIds));
        }
        return ids;
    }
}
