package fi.silta.importers.lippupiste;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedSession;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ListedDates;
import fi.silta.importers.ListedDates.Session;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.Texts;

/**
 * Lippupiste's (Lippu.fi) event list, one of the feeds Linked Events aggregates: {@code {"EventCalendar":
 * ..., "Events": [...]}}. Performances of one series ({@code EventSerieId}) are one activity whose dates are
 * the performances. Texts are Finnish; the ticket page in the source's language is the info link.
 */
public final class LippupisteReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);
    private static final int EXCERPT = 500;

    private LippupisteReader() {
    }

    public static boolean looksLike(JsonNode root) {
        return root.isObject() && root.path("Events").isArray() && root.has("EventCalendar");
    }

    public static ParsedFeed read(JsonNode root, FeedSession session) throws FeedException {
        Map<String, List<JsonNode>> bySeries = new LinkedHashMap<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (JsonNode event : root.path("Events")) {
            String series = text(event.get("EventSerieId"));
            String id = series != null ? "lippupiste:serie-" + series
                    : text(event.get("EventId")) != null ? "lippupiste:" + text(event.get("EventId")) : null;
            if (id == null) {
                failures.add(new RecordFailure(null, "has neither EventSerieId nor EventId", excerpt(event)));
            } else {
                bySeries.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
            }
        }
        session.checkRecordCount(bySeries.size());
        List<ImportedActivity> records = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> entry : bySeries.entrySet()) {
            session.checkTime();
            JsonNode first = entry.getValue().get(0);
            try {
                records.add(record(entry.getKey(), entry.getValue(), session));
            } catch (RecordException e) {
                failures.add(new RecordFailure(entry.getKey(), e.getMessage(), excerpt(first)));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(entry.getKey(), "could not be read (" + e.getClass().getSimpleName()
                        + ")", excerpt(first)));
            }
        }
        return new ParsedFeed(records, failures);
    }

    private static ImportedActivity record(String id, List<JsonNode> performances, FeedSession session) {
        JsonNode first = performances.get(0);
        String description = join(text(first.get("EventSerieText")), text(first.get("EventSerieInfo")));
        ImportedActivity.Builder builder = ImportedActivity.builder(id)
                .title(LocalizedText.of(text(first.get("EventName")), null, null))
                .description(description == null ? null : LocalizedText.of(description, null, null))
                .language("fi")
                .excerpt(excerpt(first));
        builder.infoUrl(link(first, session.language()));
        builder.place(ImportedPlace.of(LocalizedText.of(text(first.get("EventVenue")), null, null),
                text(first.get("EventStreet")), postalCode(text(first.get("EventZip"))), text(first.get("EventPlace")),
                null, null));
        KeywordMap.Matches matches = session.keywords().matches();
        for (JsonNode category : first.path("Categories")) {
            matches.word(text(category.get("Name")));
        }
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        // Tickets are sold, so the activity is not free; the price itself is not in the list.
        builder.free(false);
        builder.contact(text(first.get("EventPromoterName")), null, null);
        List<Session> sessions = new ArrayList<>();
        for (JsonNode performance : performances) {
            String date = text(performance.get("EventDate"));
            String time = text(performance.get("EventTime"));
            if (date == null) {
                continue;
            }
            try {
                LocalDateTime start = LocalDate.parse(date, DATE)
                        .atTime(time == null ? LocalTime.MIDNIGHT : LocalTime.parse(time.replace('.', ':')));
                sessions.add(new Session(start, Duration.ZERO, false));
            } catch (DateTimeParseException e) {
                throw new RecordException("has an unreadable EventDate or EventTime");
            }
        }
        ListedDates.schedules(sessions, session.zone()).forEach(builder::schedule);
        return builder.build();
    }

    /** The ticket page in the wanted language, else in Finnish, else the series page. */
    private static String link(JsonNode event, Language language) {
        String wanted = text(event.get(switch (language) {
            case FI -> "EventLinkFi";
            case SV -> "EventLinkSv";
            case EN -> "EventLinkEn";
        }));
        if (wanted != null) {
            return wanted;
        }
        String finnish = text(event.get("EventLinkFi"));
        return finnish != null ? finnish : text(event.get("EventSerieLinkFi"));
    }

    /** Finnish postal codes have five digits; the list drops leading zeros (01337 arrives as 1337). */
    static String postalCode(String zip) {
        if (zip == null) {
            return null;
        }
        String digits = zip.strip();
        return digits.matches("\\d{1,4}") ? "0".repeat(5 - digits.length()) + digits : digits;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "<p>" + b + "</p>";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String excerpt(JsonNode event) {
        return Texts.truncate(event.toString(), EXCERPT);
    }
}
