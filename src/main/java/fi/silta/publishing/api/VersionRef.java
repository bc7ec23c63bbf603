package fi.silta.publishing.api;

/** A change that only needs the version the caller started from (publish, archive, confirm, a session). */
public record VersionRef(Long version) {
}
