package fi.silta.referrals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.validation.Trimmed;

/**
 * A move to another status (FHIR code, such as {@code in-progress}); closing needs an outcome. The reason goes
 * into the referral's history ({@code referral_event.reason}).
 */
public record TransitionInput(@NotNull ReferralStatus status, Outcome outcome,
        @Size(max = 2000) @PlainText String reason) {

    public TransitionInput {
        reason = Trimmed.orNull(reason);
    }
}
