package fi.silta.organisations.api;

import java.util.List;

import fi.silta.organisations.OrganisationType;

/** An organisation as admins manage it: who publishes for it. */
public record OrganisationSummary(long id, String name, OrganisationType type, String businessId, boolean verified,
        List<String> members) {
}
