package fi.silta.services.api;

import java.util.List;

/** A page of services found, with how many were found in all. */
public record ServiceHits(long total, int page, int size, List<ServiceHit> items) {
}
