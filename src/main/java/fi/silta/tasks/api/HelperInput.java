package fi.silta.tasks.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PlainText;

/**
 * A helper as their vetting organisation registers them (sizes are those of {@code helper}): the user name they sign
 * in with, and {@code guardianConsent} true when the vetter has the signed consent of an under-18's guardian.
 */
public record HelperInput(@NotBlank @Size(max = 255) @Pattern(regexp = "[^\\p{Cntrl}\\s]+") String username,
        @NotNull Long organisationId,
        @NotBlank @Size(max = 100) @PlainText String firstName,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 254) @EmailAddress @PlainText String email,
        @Size(max = 400) List<@NotNull @Pattern(regexp = "[0-9]{3}") String> municipalities,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "fi|sv|en") String> languages,
        @Size(max = 1000) @PlainText String skills,
        @Size(max = 1000) @PlainText String availability,
        Boolean guardianConsent) {

    public HelperInput {
        firstName = firstName == null ? null : firstName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        municipalities = municipalities == null ? List.of() : municipalities;
        languages = languages == null ? List.of() : languages;
        guardianConsent = guardianConsent != null && guardianConsent;
    }
}
