package fi.silta.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.referrals.validation.Trimmed;

/** Why a link-person gives a case back to the coordinator; it goes into the referral's history. */
public record ReturnInput(@NotBlank @Size(max = 2000) @PlainText String reason) {

    public ReturnInput {
        reason = Trimmed.orNull(reason);
    }
}
