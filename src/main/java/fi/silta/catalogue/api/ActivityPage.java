package fi.silta.catalogue.api;

import java.util.List;

/** One page of activities; {@code page} counts from 1. */
public record ActivityPage(long total, int page, int size, List<ActivitySummary> items) {
}
