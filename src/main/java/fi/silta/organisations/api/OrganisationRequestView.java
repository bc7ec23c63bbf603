package fi.silta.organisations.api;

import java.time.Instant;

import fi.silta.organisations.OrganisationType;
import fi.silta.organisations.RequestStatus;

/**
 * A request as admins see it, contact details included; {@code decidedByShown} is the deciding admin's name, or
 * their user name when the identity provider gave no name.
 */
public record OrganisationRequestView(long id, RequestStatus status, String name, OrganisationType type,
        String businessId, String municipality, String municipalityName, String website, String contactName,
        String contactEmail, String contactPhone, String message, String language, Instant createdAt,
        String decidedBy, Instant decidedAt, String decisionReason, Long organisationId,
        String decidedByShown) {
}
