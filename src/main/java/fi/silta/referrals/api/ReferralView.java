package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A referral as one allowed to see it sees it, with its history of status changes and steps. */
public record ReferralView(long id, String status, String step, String outcome, ClientView client,
        String municipality, String context, List<String> needs, String interests, List<ConsentView> consents,
        List<Long> activityIds, Long occurrenceId, boolean linkPersonNeeded, String linkPersonReason, String urgency,
        String nurse, String unit, String assignedTo, Instant assignedAt, Instant lastContactAt, LocalDate followUpOn,
        Instant createdAt, Instant updatedAt, Instant closedAt, long version, List<EventView> history) {

    public record ClientView(String firstName, String lastName, String identityCode, Integer birthYear, String phone,
            String email, String language, boolean interpreterNeeded) {
    }

    public record ConsentView(String recipient, boolean given, Instant recordedAt, String recordedBy) {
    }

    public record EventView(Instant at, String actor, String role, String from, String to, String step,
            String reason) {
    }
}
