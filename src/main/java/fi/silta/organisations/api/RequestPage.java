package fi.silta.organisations.api;

import java.util.List;

/** A page of requests to join: how many there are in all, which page of what size, and its requests. */
public record RequestPage(long total, int page, int size, List<OrganisationRequestView> items) {

    /** How many pages there are, at least one. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
