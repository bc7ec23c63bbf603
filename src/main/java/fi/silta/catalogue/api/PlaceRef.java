package fi.silta.catalogue.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where an activity is held; address and coordinates are left out for confidential places. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceRef(String name, String address, Double lat, Double lon) {
}
