package fi.silta.services.api;

/** An organisation whose services the signed-in user keeps. */
public record PublisherOrganisation(long id, String name) {
}
