package fi.silta.services.api;

/**
 * A service as its publisher's form shows it: every field in every language, the version the next change names,
 * its status, its organisation, and the source it is imported from (null for a service kept in Silta).
 */
public record ServiceSheet(long id, long version, String status, long organisationId, String organisationName,
        String importedFrom, ServiceInput fields) {
}
