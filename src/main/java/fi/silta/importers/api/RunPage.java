package fi.silta.importers.api;

import java.util.List;

/** A page of a source's runs, newest first. */
public record RunPage(long total, int page, int size, List<RunSummary> items) {
}
