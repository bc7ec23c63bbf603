package fi.silta.search.api;

import java.util.List;

/** A page of services found (pages from 1), with how many were found in all. */
public record ServiceResults(long total, int page, int size, List<ServiceResult> items) {
}
