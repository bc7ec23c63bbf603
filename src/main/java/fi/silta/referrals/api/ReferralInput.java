package fi.silta.referrals.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.Need;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.validation.NotInTheFuture;
import fi.silta.referrals.validation.PersonalIdentityCode;
import fi.silta.referrals.validation.Trimmed;

/**
 * A referral as the nurse writes it. Only the client's name, municipality and language are required: as little
 * personal data as the work needs. {@code send} false keeps it a draft; no urgency means routine. Sizes are those
 * of the {@code referral} table; texts are trimmed, and an optional text left empty is absent.
 */
@ReferralRules
public record ReferralInput(@Valid @NotNull ClientInput client,
        // Statistics Finland's three-digit municipality code.
        @NotBlank @Pattern(regexp = "[0-9]{3}") String municipality,
        @NotNull ReferralContext context,
        @NotEmpty @Size(max = 20) Set<@NotNull Need> needs,
        @Size(max = 2000) @PlainText String interests,
        @Size(max = 5) List<@Valid @NotNull ConsentInput> consents,
        @Size(max = 20) List<@NotNull @Positive Long> activityIds,
        @Positive Long occurrenceId,
        boolean linkPersonNeeded,
        @Size(max = 2000) @PlainText String linkPersonReason,
        Urgency urgency,
        @Size(max = 255) @PlainText String unit,
        Boolean send,
        LocalDate followUpOn) {

    public ReferralInput {
        interests = Trimmed.orNull(interests);
        linkPersonReason = Trimmed.orNull(linkPersonReason);
        unit = Trimmed.orNull(unit);
        municipality = Trimmed.orNull(municipality);
    }

    /**
     * Who the client is. Names, identity code, phone and email are stored encrypted, in columns without a size of
     * their own: the limits here are those of the work, in characters, whatever script a value is written in.
     */
    public record ClientInput(@NotBlank @Size(max = 100) @PlainText String firstName,
            @NotBlank @Size(max = 100) @PlainText String lastName,
            @PersonalIdentityCode String identityCode,
            @Min(1890) @NotInTheFuture Integer birthYear,
            @PhoneNumber @PlainText String phone,
            @Size(max = 254) @EmailAddress @PlainText String email,
            @NotBlank @Pattern(regexp = "fi|sv|en") String language,
            boolean interpreterNeeded) {

        public ClientInput {
            firstName = Trimmed.orNull(firstName);
            lastName = Trimmed.orNull(lastName);
            identityCode = Trimmed.orNull(identityCode);
            phone = Trimmed.orNull(phone);
            email = Trimmed.orNull(email);
            language = Trimmed.orNull(language);
        }

        @Override
        public String toString() {
            return "ClientInput[hidden]";
        }
    }

    /** The client's answer for one recipient of their data. */
    public record ConsentInput(@NotNull ConsentRecipient recipient, boolean given) {
    }

    /** Whether the client consented to the given recipient. */
    public boolean consented(ConsentRecipient recipient) {
        return consents != null && consents.stream().anyMatch(c -> c != null && c.recipient() == recipient && c.given());
    }

    @Override
    public String toString() {
        return "ReferralInput[hidden]";
    }
}
