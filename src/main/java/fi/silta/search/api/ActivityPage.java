package fi.silta.search.api;

import java.util.List;
import java.util.Map;

/**
 * One page of activities; {@code page} counts from 1. {@code facets} counts, over all hits of the search,
 * how many have each value of each filterable property (municipality, category, targetGroup, language,
 * free, accessibility, organisationType), values with no hits left out; a facet the search filters on is counted
 * without its own filter, so that its values can be combined. {@code didYouMean} is a respelled query that finds
 * something, given only when this one found nothing; null otherwise.
 */
public record ActivityPage(long total, int page, int size, List<ActivitySummary> items,
        Map<String, List<FacetValue>> facets, String didYouMean) {
}
