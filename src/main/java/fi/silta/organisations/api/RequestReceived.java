package fi.silta.organisations.api;

import fi.silta.organisations.RequestStatus;

/** What the requester learns: the request was received and waits for an admin. */
public record RequestReceived(long id, RequestStatus status) {
}
