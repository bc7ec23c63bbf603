package fi.silta.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import fi.silta.referrals.RequestPurpose;
import fi.silta.referrals.validation.PersonalIdentityCode;
import fi.silta.referrals.validation.Trimmed;

/**
 * Whose data an admin asks for: by personal identity code (sent in the body, never in an address) or by a
 * referral of the client; one of the two is needed. Why is a purpose code and the case number under which the
 * county's records system keeps the request (such as {@code DNRO 123/2026}); both go into the access log
 * ({@code client_access.purpose}), which is never erased, so no free text, and no name, can go there.
 */
public record ClientRecordsRequest(@PersonalIdentityCode String identityCode, @Positive Long referralId,
        @NotNull RequestPurpose purpose, @NotBlank @Pattern(regexp = CASE_NUMBER) String caseNumber) {

    /** A records system's case number: up to ten letters of prefix, then a number, with / . : - between parts. */
    public static final String CASE_NUMBER = "[A-Za-z]{0,10}[ -]?[0-9][0-9A-Za-z/.:-]{0,29}";

    public ClientRecordsRequest {
        identityCode = Trimmed.orNull(identityCode);
        caseNumber = Trimmed.orNull(caseNumber);
    }

    /** What the access log records as the purpose: the code and the case number. */
    public String recordedPurpose() {
        return purpose.name() + " " + caseNumber;
    }

    @Override
    public String toString() {
        return "ClientRecordsRequest[hidden]";
    }
}
