package fi.silta.organisations.api;

import java.time.Instant;

/** A request as admins see it, contact details included. */
public record OrganisationRequestView(long id, String status, String name, String type, String businessId,
        String municipality, String municipalityName, String website, String contactName, String contactEmail,
        String contactPhone, String message, String language, Instant createdAt, String decidedBy,
        Instant decidedAt, String decisionReason, Long organisationId) {
}
