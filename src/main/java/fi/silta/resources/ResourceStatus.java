package fi.silta.resources;

/** A resource is found only when published; archived ones stay for their history. */
public enum ResourceStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
