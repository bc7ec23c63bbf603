package fi.silta.publishing.api;

import java.time.Instant;

/** One listing in an organisation's own list, drafts and archived ones included. */
public record ActivityRow(long id, String title, ListingStatus status, String source, Instant lastVerifiedAt,
        boolean stale, Instant nextSession) {
}
