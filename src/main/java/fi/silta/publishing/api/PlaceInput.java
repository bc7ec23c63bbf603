package fi.silta.publishing.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.PlainText;

/**
 * A place where an organisation holds activities. A confidential address is never shown or mapped. The
 * municipality is its three-digit code ({@code 272}); coordinates are WGS84 degrees, both or neither.
 */
@CrossFieldRules
public record PlaceInput(Long version,
        @Valid ShortText name,
        @Size(max = ColumnLengths.SHORT) @PlainText String streetAddress,
        @Pattern(regexp = "[0-9]{5}") String postalCode,
        @NotBlank @Size(max = ColumnLengths.MUNICIPALITY) @PlainText String municipality,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        List<@NotNull Accessibility> accessibility,
        boolean addressConfidential) {

    public PlaceInput withVersion(long newVersion) {
        return new PlaceInput(newVersion, name, streetAddress, postalCode, municipality, latitude, longitude,
                accessibility, addressConfidential);
    }
}
