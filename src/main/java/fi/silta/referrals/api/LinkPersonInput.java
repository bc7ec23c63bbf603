package fi.silta.referrals.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PlainText;
import fi.silta.referrals.validation.Trimmed;

/**
 * A link-person's profile as a coordinator keeps it; sizes are those of the {@code link_person} tables. Inactive
 * link-persons are not suggested; no {@code active} means active.
 */
public record LinkPersonInput(@NotBlank @Size(max = 200) @PlainText String displayName,
        @Size(max = 254) @EmailAddress @PlainText String email,
        @NotNull @Min(0) @Max(500) Integer capacity,
        Boolean active,
        @Size(max = 400) List<@NotNull @Pattern(regexp = "[0-9]{3}") String> municipalities,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages) {

    /**
     * A user name as identity providers give them: no spaces or control characters; at most 255 characters
     * ({@code link_person.username}, {@code referral.assigned_to}), which {@code @Size} says beside it.
     */
    public static final String USERNAME = "[^\\p{Cntrl}\\s]+";

    public LinkPersonInput {
        displayName = Trimmed.orNull(displayName);
        email = Trimmed.orNull(email);
        municipalities = municipalities == null ? List.of() : municipalities;
        languages = languages == null ? List.of() : languages;
    }
}
