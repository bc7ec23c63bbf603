package fi.silta.organisations.api;

/**
 * What someone asking to list their organisation sends. The contact details are for the admin who decides;
 * they are never published.
 */
public record OrganisationRequestInput(String name, String type, String businessId, String municipality,
        String website, String contactName, String contactEmail, String contactPhone, String message,
        String language) {
}
