package fi.silta.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;

/**
 * What a result list shows of an activity, in every language, kept in the index beside the searchable fields
 * (field {@code hit}, neither searched nor counted): a search builds its page of results from it instead of loading
 * each activity with its sessions, place and organiser from PostgreSQL. Written by {@link ActivityHitBinder} whenever
 * the activity or anything it shows changes. A confidential place's address and coordinates are never in it.
 * Municipality, category and target-group labels are not stored: they are reference data, looked up by code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityHit(long id, Text title, Text summary, Text easyReadTitle, Text easyRead, long organisationId,
        Text organisationName, String organisationType, String municipality, PlaceHit place, boolean online,
        boolean free, List<String> categories, List<String> targetGroups, List<String> languages,
        List<SessionHit> sessions) {

    /** The index field that holds the hit. */
    public static final String FIELD = "hit";

    /** A field a newer version adds is skipped by an older one. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A text in the three languages; absent languages are null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(String fi, String sv, String en) {

        static Text of(LocalizedText text) {
            return text == null ? null : new Text(text.fi(), text.sv(), text.en());
        }

        /** The text as the catalogue holds it, for its language fallbacks. */
        public LocalizedText localized() {
            return new LocalizedText(fi, sv, en);
        }

        /** The text in one language only, or null. */
        public String get(Language language) {
            return localized().get(language);
        }
    }

    /** Where the activity is held; {@code address}, {@code lat} and {@code lon} are absent for a confidential place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceHit(Text name, String address, Double lat, Double lon, boolean confidential) {
    }

    /**
     * One session, in the order they start: its start and end in epoch milliseconds, with the offset in seconds of its
     * own time zone at each (turned into date-times only for the sessions a row shows).
     */
    public record SessionHit(long id, long start, int startOffset, long end, int endOffset, boolean cancelled) {

        static SessionHit of(long id, Instant start, Instant end, ZoneId zone, boolean cancelled) {
            return new SessionHit(id, start.toEpochMilli(), zone.getRules().getOffset(start).getTotalSeconds(),
                    end.toEpochMilli(), zone.getRules().getOffset(end).getTotalSeconds(), cancelled);
        }

        public OffsetDateTime startsAt() {
            return OffsetDateTime.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.ofTotalSeconds(startOffset));
        }

        public OffsetDateTime endsAt() {
            return OffsetDateTime.ofInstant(Instant.ofEpochMilli(end), ZoneOffset.ofTotalSeconds(endOffset));
        }
    }

    /**
     * The next {@code limit} sessions that have not ended at {@code now}, cancelled ones included so a resident sees
     * the cancellation: the same sessions as the activity's own timetable gives.
     */
    public List<SessionHit> next(Instant now, int limit) {
        long nowMillis = now.toEpochMilli();
        List<SessionHit> next = new ArrayList<>(Math.min(limit, sessions.size()));
        for (SessionHit session : sessions) {
            if (next.size() == limit) {
                break;
            }
            if (session.end() > nowMillis) {
                next.add(session);
            }
        }
        return next;
    }

    /** The hit as the index keeps it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search hit of activity " + id, e);
        }
    }

    /** A hit read back from the index. */
    public static ActivityHit fromJson(String json) {
        try {
            return JSON.readValue(json, ActivityHit.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The index holds an unreadable search hit", e);
        }
    }
}
