package fi.silta.catalogue.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place in full. For a confidential place the street address, postal code and coordinates are left
 * out and {@code addressConfidential} tells the resident to ask the organiser.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceDetail(long id, String name, String streetAddress, String postalCode, MunicipalityRef municipality,
        Double lat, Double lon, List<String> accessibility, boolean addressConfidential) {
}
