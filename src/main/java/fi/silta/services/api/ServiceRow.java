package fi.silta.services.api;

/**
 * One of an organisation's services in its publishers' list: its status as the {@code ServiceStatus} name and as
 * the page's language says it, and the source it is imported from (null for one kept in Silta).
 */
public record ServiceRow(long id, String name, String status, String statusLabel, String importedFrom) {
}
