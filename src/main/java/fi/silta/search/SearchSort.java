package fi.silta.search;

import java.util.Locale;
import java.util.Optional;

/** Orders of a search result. Without one, a text query sorts by relevance and a browse by date. */
public enum SearchSort {
    RELEVANCE,
    DISTANCE,
    SOONEST;

    public static Optional<SearchSort> fromParameter(String value) {
        for (SearchSort sort : values()) {
            if (sort.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
