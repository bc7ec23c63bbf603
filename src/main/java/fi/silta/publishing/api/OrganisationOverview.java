package fi.silta.publishing.api;

/** An organisation a publisher keeps up to date, with how many of its listings need attention. */
public record OrganisationOverview(long id, String name, long drafts, long published, long stale) {
}
