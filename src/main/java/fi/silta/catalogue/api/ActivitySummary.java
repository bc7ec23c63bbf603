package fi.silta.catalogue.api;

import java.util.List;

/** An activity as a result list shows it, texts in the requested language. */
public record ActivitySummary(long id, String title, String summary, OrganisationRef organisation,
        MunicipalityRef municipality, PlaceRef place, boolean online, List<OccurrenceView> nextOccurrences,
        Double distanceKm, boolean free, List<CodeLabel> categories, List<CodeLabel> targetGroups,
        List<String> languages) {
}
