package fi.silta.catalogue.api;

/** Who runs an activity. */
public record OrganisationRef(long id, String name, String type) {
}
