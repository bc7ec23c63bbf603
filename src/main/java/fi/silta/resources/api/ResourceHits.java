package fi.silta.resources.api;

import java.util.List;

/** One page of found resources, best match first. */
public record ResourceHits(long total, int page, int size, List<ResourceView> items) {
}
