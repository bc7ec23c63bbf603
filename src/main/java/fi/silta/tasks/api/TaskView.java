package fi.silta.tasks.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fi.silta.tasks.TaskKind;
import fi.silta.tasks.TaskStatus;

/**
 * A task as the caller may see it. {@code client} is the referred client's first name, present only for a helper
 * whose claim the host confirmed and whose client consented to helpers (and for the link-person who posted it);
 * {@code claims} only for the task's host. {@code myClaim} is the calling helper's own part.
 */
public record TaskView(long id, TaskKind kind, String kindLabel, LocalDate date, LocalTime startTime,
        int durationMinutes, String municipality, String municipalityName, String meetingPoint, List<String> languages,
        int helpersNeeded, boolean paid, String notes, Long organisationId, String organisationName,
        boolean forReferral, boolean trustApproved, TaskStatus status, String cancelReason, String client,
        ClaimView myClaim, List<ClaimView> claims) {
}
