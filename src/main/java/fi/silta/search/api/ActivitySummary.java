package fi.silta.search.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An activity as a result list shows it, texts in the requested language. Its parts are the search's own records,
 * so a result list depends on nothing but the search. {@code easyReadTitle} and {@code easyReadSummary} are the
 * plain-language (selkokieli, lättläst) texts, only when written in the requested language itself.
 */
public record ActivitySummary(long id, String title, String summary, Organisation organisation,
        Municipality municipality, Place place, boolean online, List<Session> nextOccurrences,
        Double distanceKm, boolean free, List<Label> categories, List<Label> targetGroups,
        List<String> languages, String easyReadTitle, String easyReadSummary) {

    /** Who runs the activity; {@code type} is the organiser type's code. */
    public record Organisation(long id, String name, String type) {
    }

    /** A municipality by its Statistics Finland code. */
    public record Municipality(String code, String name) {
    }

    /** Where the activity is held; address and coordinates are left out for confidential places. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String name, String address, Double lat, Double lon) {
    }

    /** One session; times carry the offset of the session's own time zone that day. */
    public record Session(long id, OffsetDateTime start, OffsetDateTime end, boolean cancelled) {
    }

    /** A controlled code with its label in the requested language. */
    public record Label(String code, String label) {
    }
}
