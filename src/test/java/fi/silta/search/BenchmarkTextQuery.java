package fi.silta.search;

import com.google.gson.JsonObject;

/** The benchmark's way to the exact free-text query Silta sends, so the engine is measured on the same one. */
public final class BenchmarkTextQuery {

    private BenchmarkTextQuery() {
    }

    /** The scoring query Silta builds for these words, as JSON, or null when none is searchable. */
    public static String forText(String text) {
        JsonObject query = TextQuery.build(text);
        return query == null ? null : query.toString();
    }
}
