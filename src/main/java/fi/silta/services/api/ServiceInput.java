package fi.silta.services.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.WebAddress;
import fi.silta.services.AccessMethod;

/**
 * What a publisher writes about an ongoing service. A name in at least one language is needed; the version is the
 * one the publisher started from (0 for a new service). {@code professional} is for professionals only and never
 * shown to residents.
 *
 * @param municipalities the service area, as municipality codes ({@code 272})
 * @param placeIds the organisation's places where the service is given
 * @param published whether residents may find it
 */
public record ServiceInput(Long version,
        @Valid @NotNull NameText name,
        @Valid LongText description,
        @Valid ShortText eligibility,
        AccessMethod access,
        @Valid ShortText accessInfo,
        boolean free,
        @Valid NameText cost,
        @Valid ShortText openingHours,
        @Size(max = 2048) @PlainText @WebAddress String infoUrl,
        @Size(max = 255) @PlainText @EmailAddress String contactEmail,
        @Size(max = 255) @PlainText @PhoneNumber String contactPhone,
        List<@NotNull @Pattern(regexp = "[0-9]{3}") String> municipalities,
        List<@NotNull @Positive Long> placeIds,
        List<@NotNull @Size(max = 255) @PlainText String> categories,
        List<@NotNull @Size(max = 255) @PlainText String> targetGroups,
        List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
        List<@NotNull AccessibilityFeature> accessibility,
        boolean published,
        @Valid ProfessionalInput professional) {
}
