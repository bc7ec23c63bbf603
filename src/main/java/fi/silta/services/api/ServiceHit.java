package fi.silta.services.api;

import java.util.List;

/** A service in a list of search results. */
public record ServiceHit(long id, String name, String summary, String organisation, List<String> area,
        String access) {
}
