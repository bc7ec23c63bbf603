package fi.silta.publishing.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import fi.silta.catalogue.ActivityStatus;

/**
 * An activity as its publisher edits it: every field, its schedules, its coming sessions and its version;
 * {@code importedFrom} names the import source of a listing that is changed at its source, not here.
 */
public record ActivityEdit(long id, long organisationId, String organisationName, ActivityStatus status,
        long version, ActivityInput fields, List<ScheduleView> schedules, List<SessionView> sessions,
        Instant lastVerifiedAt, boolean stale, Instant updatedAt, String importedFrom) {

    /** One schedule, with the publisher's own words for it. */
    public record ScheduleView(long id, LocalDateTime firstStart, int minutes, String rule, List<LocalDateTime> exceptions) {
    }

    /** One coming session, which a publisher may cancel or restore. */
    public record SessionView(long id, Instant startsAt, Instant endsAt, boolean cancelled) {
    }
}
