package fi.silta.referrals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.EventKind;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;

/** A referral as one allowed to see it sees it, with its history of status changes and steps. */
public record ReferralView(long id, ReferralStatus status, CaseStep step, Outcome outcome, ClientView client,
        String municipality, ReferralContext context, List<Need> needs, String interests, List<ConsentView> consents,
        List<Long> activityIds, Long occurrenceId, boolean linkPersonNeeded, String linkPersonReason,
        Urgency urgency, String nurse, String unit, String assignedTo, Instant assignedAt, Instant lastContactAt,
        LocalDate followUpOn, Instant createdAt, Instant updatedAt, Instant closedAt, long version,
        List<EventView> history) {

    /**
     * The client; {@code language} is the ISO 639-1 code (fi, sv, en). The identity code is masked
     * ({@code 131052-***T}) except in an admin's export of the client's data; phone and email are left out for a
     * coordinator, who does not contact the client.
     */
    public record ClientView(String firstName, String lastName, String identityCode, Integer birthYear, String phone,
            String email, String language, boolean interpreterNeeded) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record ConsentView(ConsentRecipient recipient, boolean given, Instant recordedAt, String recordedBy) {
    }

    /** One event of the history; {@code detail} is the link-person of an assignment, the fields of a correction. */
    public record EventView(Instant at, String actor, String role, ReferralStatus from, ReferralStatus to,
            CaseStep step, String reason, EventKind kind, String detail) {
    }
}
