package fi.silta.resources;

/**
 * Whom a resource is for. Residents (and the public API, pages and exports) only ever see {@code PUBLIC} ones;
 * {@code PROFESSIONALS} ones are for signed-in staff and partners' members.
 */
public enum ResourceAudience {
    PUBLIC,
    PROFESSIONALS
}
