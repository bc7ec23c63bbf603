package fi.silta.organisations.api;

/** What the requester learns: the request was received and waits for an admin. */
public record RequestReceived(long id, String status) {
}
