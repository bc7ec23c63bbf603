package fi.silta.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import fi.silta.organisations.OrganisationType;

/**
 * Facet counts of a search that filters on facets whose values are alternatives (two municipalities, two
 * categories), in the search's one request. Such a facet is counted without its own filter and with every other
 * filter, so its chosen and unchosen values keep their counts and a second value can be added. The request therefore
 * leaves these filters out of its query and applies them as a {@code post_filter}, which narrows the hits and their
 * total but not the aggregations; each facet's aggregation applies the other facets' filters itself. Hits, total,
 * order and counts are those of a query with every filter, and of one count-only query per filtered facet.
 */
final class AlternativeFacets {

    /** The index field of each facet. */
    static final Map<String, String> FIELDS = Map.of("municipality", "municipality", "category", "categories.code",
            "targetGroup", "targetGroups.code", "language", "languages", "free", "free", "accessibility",
            "accessibility", "organisationType", "organisationType");
    /** The most values a facet lists; far more than there are municipalities. */
    static final int MAX_VALUES = 500;
    private static final String VALUES = "values";

    private final ActivityQuery query;
    private final List<String> filtered;

    private AlternativeFacets(ActivityQuery query, List<String> filtered) {
        this.query = query;
        this.filtered = filtered;
    }

    static AlternativeFacets of(ActivityQuery query, List<String> facets) {
        return new AlternativeFacets(query, facets.stream().filter(query::filtersFacet).toList());
    }

    /** Whether the query filters on any facet of alternatives. */
    boolean any() {
        return !filtered.isEmpty();
    }

    /** The query without the filters of those facets: what the request's query part asks. */
    ActivityQuery withoutThem() {
        ActivityQuery without = query;
        for (String facet : filtered) {
            without = without.withoutFacet(facet);
        }
        return without;
    }

    /** The filters of those facets, applied to the hits only. */
    JsonObject postFilter() {
        return allOf(filtered, null);
    }

    /** A facet's count under every filtered facet's filter but its own. */
    JsonObject aggregation(String facet) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", FIELDS.get(facet));
        if (!facet.equals("free")) {
            terms.addProperty("size", MAX_VALUES);
        }
        JsonObject values = new JsonObject();
        values.add("terms", terms);
        JsonObject aggregations = new JsonObject();
        aggregations.add(VALUES, values);
        JsonObject filter = new JsonObject();
        filter.add("filter", allOf(filtered, facet));
        filter.add("aggregations", aggregations);
        return filter;
    }

    /** The counts by value of an answer to {@link #aggregation}; booleans as {@code true} and {@code false}. */
    static Map<String, Long> counts(JsonObject answer) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonElement bucket : answer.getAsJsonObject(VALUES).getAsJsonArray("buckets")) {
            JsonObject value = bucket.getAsJsonObject();
            String key = value.has("key_as_string") ? value.get("key_as_string").getAsString()
                    : value.get("key").getAsString();
            counts.put(key, value.get("doc_count").getAsLong());
        }
        return counts;
    }

    private JsonObject allOf(List<String> facets, String except) {
        JsonArray clauses = new JsonArray();
        for (String facet : facets) {
            if (!facet.equals(except)) {
                clauses.add(clause(facet));
            }
        }
        JsonObject bool = new JsonObject();
        bool.add("filter", clauses);
        JsonObject wrapper = new JsonObject();
        wrapper.add("bool", bool);
        return wrapper;
    }

    private JsonObject clause(String facet) {
        if (facet.equals("free")) {
            JsonObject term = new JsonObject();
            term.addProperty("free", query.free());
            JsonObject wrapper = new JsonObject();
            wrapper.add("term", term);
            return wrapper;
        }
        Set<String> values = switch (facet) {
            case "municipality" -> query.municipalities();
            case "category" -> query.categories();
            case "targetGroup" -> query.targetGroups();
            case "language" -> query.languages();
            case "organisationType" -> query.organisationTypes().stream().map(OrganisationType::name)
                    .collect(Collectors.toSet());
            default -> throw new IllegalArgumentException("Not a facet of alternatives: " + facet);
        };
        JsonArray array = new JsonArray();
        new TreeSet<>(values).forEach(array::add);
        JsonObject terms = new JsonObject();
        terms.add(FIELDS.get(facet), array);
        JsonObject wrapper = new JsonObject();
        wrapper.add("terms", terms);
        return wrapper;
    }
}
