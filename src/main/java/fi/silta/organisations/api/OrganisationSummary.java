package fi.silta.organisations.api;

import java.util.List;

/** An organisation as admins manage it: who publishes for it. */
public record OrganisationSummary(long id, String name, String type, String businessId, boolean verified,
        List<String> members) {
}
