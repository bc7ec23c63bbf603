package fi.silta.organisations;

/** Where an organisation's request to be listed stands. */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
