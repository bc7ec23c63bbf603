package fi.silta.services;

/** A service is seen by residents only when published; archived ones stay for their history and imports. */
public enum ServiceStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
