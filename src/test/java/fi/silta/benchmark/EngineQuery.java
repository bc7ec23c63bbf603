package fi.silta.benchmark;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.silta.search.BenchmarkTextQuery;

/**
 * The search request Silta's {@code ActivitySearchService} sends to the engine for a query, written out by
 * hand: the same filters, the same free-text query (taken from Silta itself), the same sorts, the facet
 * aggregations (with filters on municipality or category, those filters as a post_filter and each count under the
 * others) and one page of ids. The benchmark checks that both answer the same totals.
 */
final class EngineQuery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSX")
            .withZone(ZoneId.of("UTC"));
    private static final List<String[]> FACETS = List.of(new String[] { "municipality", "municipality" },
            new String[] { "category", "categories.code" }, new String[] { "targetGroup", "targetGroups.code" },
            new String[] { "language", "languages" }, new String[] { "accessibility", "accessibility" },
            new String[] { "organisationType", "organisationType" });

    private EngineQuery() {
    }

    static String body(BenchQuery query, Instant now) {
        try {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode bool = JSON.createObjectNode();
            ArrayNode filter = bool.putArray("filter");
            filter.add(term("status", "PUBLISHED"));
            ObjectNode upcoming = JSON.createObjectNode();
            ArrayNode should = upcoming.putArray("should");
            ObjectNode nested = JSON.createObjectNode();
            nested.put("path", "occurrences");
            nested.set("query", sessionFilter(query, now));
            should.add(wrap("nested", nested));
            if (query.from() == null && query.weekday() == null) {
                should.add(term("ongoing", true));
            }
            upcoming.put("minimum_should_match", 1);
            filter.add(wrap("bool", upcoming));
            String text = query.text() == null ? null : BenchmarkTextQuery.forText(query.text());
            if (text != null) {
                bool.putArray("must").add(JSON.readTree(text));
            }
            // Municipality and category values are alternatives: their filters narrow the hits after the counting
            // (post_filter), and each facet's count applies the other one's filter itself.
            ArrayNode alternatives = JSON.createArrayNode();
            if (query.municipality() != null) {
                alternatives.add(terms("municipality", query.municipality()));
            }
            if (query.category() != null) {
                alternatives.add(terms("categories.code", query.category()));
            }
            ObjectNode point = JSON.createObjectNode();
            if (query.latitude() != null) {
                point.put("lat", query.latitude());
                point.put("lon", query.longitude());
                ObjectNode distance = JSON.createObjectNode();
                distance.put("distance", query.radiusKm() * 1000.0 + "m");
                distance.set("location", point);
                filter.add(wrap("geo_distance", distance));
            }
            root.set("query", wrap("bool", bool));

            ArrayNode sort = root.putArray("sort");
            if (query.latitude() != null) {
                ObjectNode geo = JSON.createObjectNode();
                geo.set("location", point);
                geo.put("order", "asc");
                geo.put("unit", "km");
                sort.add(wrap("_geo_distance", geo));
            } else if (text != null) {
                sort.add(wrap("_score", JSON.createObjectNode().put("order", "desc")));
            }
            ObjectNode soonest = JSON.createObjectNode();
            soonest.put("order", "asc");
            soonest.put("missing", "_last");
            soonest.put("mode", "min");
            ObjectNode nestedSort = JSON.createObjectNode();
            nestedSort.put("path", "occurrences");
            nestedSort.set("filter", sessionFilter(query, now));
            soonest.set("nested", nestedSort);
            sort.add(wrap("occurrences.startsAt", soonest));
            sort.add(wrap("id_sort", JSON.createObjectNode().put("order", "asc")));

            ObjectNode aggregations = root.putObject("aggregations");
            for (String[] facet : FACETS) {
                ObjectNode terms = JSON.createObjectNode();
                terms.put("field", facet[1]);
                terms.put("size", 500);
                aggregations.set(facet[0], counted(wrap("terms", terms), alternatives, facet[1]));
            }
            aggregations.set("free", counted(wrap("terms", JSON.createObjectNode().put("field", "free")), alternatives,
                    "free"));
            if (!alternatives.isEmpty()) {
                root.set("post_filter", wrap("bool", JSON.createObjectNode().set("filter", alternatives)));
            }
            root.put("size", BenchQuery.PAGE_SIZE);
            root.put("track_total_hits", true);
            // Silta reads each hit's row from the stored hit, and nothing else.
            root.putArray("_source").add("hit");
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the engine query", e);
        }
    }

    /** A facet's count; with filters on alternatives, under every such filter but the facet's own. */
    private static ObjectNode counted(ObjectNode terms, ArrayNode alternatives, String field) {
        if (alternatives.isEmpty()) {
            return terms;
        }
        ArrayNode others = JSON.createArrayNode();
        alternatives.forEach(clause -> {
            if (!clause.path("terms").has(field)) {
                others.add(clause);
            }
        });
        ObjectNode filter = JSON.createObjectNode();
        filter.set("filter", wrap("bool", JSON.createObjectNode().set("filter", others)));
        filter.set("aggregations", JSON.createObjectNode().set("values", terms));
        return filter;
    }

    /** The total hit count of an engine answer. */
    static long total(String answer) {
        try {
            JsonNode root = JSON.readTree(answer);
            return root.path("hits").path("total").path("value").asLong(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static ObjectNode sessionFilter(BenchQuery query, Instant now) {
        ObjectNode session = JSON.createObjectNode();
        ArrayNode filter = session.putArray("filter");
        filter.add(range("occurrences.endsAt", "gt", now));
        if (query.from() != null) {
            filter.add(range("occurrences.startsAt", "gte", query.from().atStartOfDay(FINLAND).toInstant()));
            filter.add(range("occurrences.startsAt", "lt", query.to().plusDays(1).atStartOfDay(FINLAND).toInstant()));
        }
        if (query.weekday() != null) {
            filter.add(terms("occurrences.weekday", query.weekday().name()));
        }
        session.putArray("must_not").add(term("occurrences.cancelled", true));
        return wrap("bool", session);
    }

    private static ObjectNode range(String field, String operator, Instant value) {
        ObjectNode bounds = JSON.createObjectNode();
        bounds.put(operator, INSTANT.format(value));
        return wrap("range", JSON.createObjectNode().set(field, bounds));
    }

    private static ObjectNode term(String field, Object value) {
        ObjectNode term = JSON.createObjectNode();
        if (value instanceof Boolean b) {
            term.put(field, b);
        } else {
            term.put(field, value.toString());
        }
        return wrap("term", term);
    }

    private static ObjectNode terms(String field, String value) {
        ObjectNode terms = JSON.createObjectNode();
        terms.putArray(field).add(value);
        return wrap("terms", terms);
    }

    private static ObjectNode wrap(String name, JsonNode body) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set(name, body);
        return wrapper;
    }

    static String weekdayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
