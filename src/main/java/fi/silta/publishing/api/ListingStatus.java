package fi.silta.publishing.api;

/** Where a listing is in its life: residents find only published ones. */
public enum ListingStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
