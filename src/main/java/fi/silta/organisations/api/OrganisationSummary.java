package fi.silta.organisations.api;

import java.util.List;

import fi.silta.organisations.OrganisationType;

/**
 * An organisation as admins manage it: who publishes for it, what it is about (each language as written) and its
 * postal address, with the municipality its postal code lies in.
 */
public record OrganisationSummary(long id, String name, OrganisationType type, String businessId, boolean verified,
        List<String> members, String descriptionFi, String descriptionSv, String descriptionEn, String streetAddress,
        String postalCode, String municipalityName) {
}
