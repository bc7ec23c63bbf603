package fi.silta.services.api;

import java.util.List;

import fi.silta.catalogue.api.CodeLabel;

/**
 * A published service as residents read it, in one language (falling back to the other national language). It
 * holds nothing for professionals only.
 */
public record ServiceDetail(long id, String name, String description, String eligibility, CodeLabel access,
        String accessInfo, boolean free, String cost, String openingHours, String infoUrl, String contactEmail,
        String contactPhone, CodeLabel organisation, List<CodeLabel> area, List<ServiceLocation> locations,
        List<CodeLabel> categories, List<CodeLabel> targetGroups, List<String> languages,
        List<CodeLabel> accessibility) {

    /** A place where the service is given; its street address only when the place's address is public. */
    public record ServiceLocation(long id, String name, String streetAddress, String postalCode,
            String municipality) {
    }
}
