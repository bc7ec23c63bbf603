package fi.silta.tasks;

/** A helper's standing with their vetting organisation. */
public enum HelperStatus {
    REGISTERED,
    APPROVED,
    WITHDRAWN
}
