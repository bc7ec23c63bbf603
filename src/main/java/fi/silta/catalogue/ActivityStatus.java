package fi.silta.catalogue;

/** Only published activities are shown to residents and found by search. */
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
