package fi.silta.search.api;

import java.util.List;
import java.util.Map;

/**
 * One page of activities; {@code page} counts from 1. {@code facets} counts, over all hits of the search,
 * how many have each value of each filterable property (municipality, category, targetGroup, language,
 * free, accessibility, organisationType), values with no hits left out.
 */
public record ActivityPage(long total, int page, int size, List<ActivitySummary> items,
        Map<String, List<FacetValue>> facets) {
}
