package fi.silta.organisations.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.BusinessIdentifier;
import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.WebAddress;
import fi.silta.organisations.OrganisationType;

/**
 * What someone asking to list their organisation sends. The contact details are for the admin who decides;
 * they are never published. Sizes are those of the {@code organisation_request} columns.
 *
 * @param municipality the three-digit code of the organisation's home municipality
 * @param language fi, sv or en: the language the name is written in; the page's language when left out
 */
public record OrganisationRequestInput(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull OrganisationType type,
        @Size(max = 9) @BusinessIdentifier String businessId,
        @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code") String municipality,
        @Size(max = 2048) @WebAddress String website,
        @NotBlank @Size(max = 200) @PlainText String contactName,
        @NotBlank @Size(max = 254) @EmailAddress String contactEmail,
        @Size(max = 40) @PhoneNumber String contactPhone,
        @Size(max = 2000) @PlainText String message,
        @Pattern(regexp = "fi|sv|en", message = "must be one of fi, sv, en") String language) {
}
