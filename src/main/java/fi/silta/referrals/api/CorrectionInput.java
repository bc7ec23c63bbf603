package fi.silta.referrals.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.referrals.Need;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.validation.Trimmed;

/**
 * A correction of a sent referral: what the nurse may fix once it is sent (the client's contact details, needs and
 * interests, urgency, follow-up date, unit, and whether a link-person is needed), each validated as when writing.
 * {@code version} is the one the corrector read: a stale one is refused with nothing lost. The client's name,
 * identity code and municipality are not corrected here.
 */
public record CorrectionInput(@NotNull @PositiveOrZero Long version,
        @PhoneNumber @PlainText String phone,
        @Size(max = 254) @EmailAddress @PlainText String email,
        @NotNull @Pattern(regexp = "fi|sv|en") String language,
        boolean interpreterNeeded,
        @NotEmpty @Size(max = 20) Set<@NotNull Need> needs,
        @Size(max = 2000) @PlainText String interests,
        boolean linkPersonNeeded,
        @Size(max = 2000) @PlainText String linkPersonReason,
        @NotNull Urgency urgency,
        @Size(max = 255) @PlainText String unit,
        LocalDate followUpOn) {

    public CorrectionInput {
        phone = Trimmed.orNull(phone);
        email = Trimmed.orNull(email);
        language = Trimmed.orNull(language);
        interests = Trimmed.orNull(interests);
        linkPersonReason = Trimmed.orNull(linkPersonReason);
        unit = Trimmed.orNull(unit);
    }

    @Override
    public String toString() {
        return "CorrectionInput[hidden]";
    }
}
