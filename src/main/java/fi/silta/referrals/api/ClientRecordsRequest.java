package fi.silta.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;
import fi.silta.referrals.validation.PersonalIdentityCode;
import fi.silta.referrals.validation.Trimmed;

/**
 * Whose data an admin asks for: by personal identity code (sent in the body, never in an address) or by a
 * referral of the client; one of the two is needed. The reason is recorded in the access log
 * ({@code client_access.purpose}).
 */
public record ClientRecordsRequest(@PersonalIdentityCode String identityCode, @Positive Long referralId,
        @NotBlank @Size(max = 255) @PlainText String reason) {

    public ClientRecordsRequest {
        identityCode = Trimmed.orNull(identityCode);
        reason = Trimmed.orNull(reason);
    }

    @Override
    public String toString() {
        return "ClientRecordsRequest[hidden]";
    }
}
