package fi.silta.publishing.api;

import java.util.List;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.publishing.api.ActivityInput.Texts;

/** A place where an organisation holds activities. A confidential address is never shown or mapped. */
public record PlaceInput(Long version, Texts name, String streetAddress, String postalCode, String municipality,
        Double latitude, Double longitude, List<AccessibilityFeature> accessibility, boolean addressConfidential) {
}
