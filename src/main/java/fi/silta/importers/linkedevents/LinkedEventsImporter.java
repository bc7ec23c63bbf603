package fi.silta.importers.linkedevents;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedException;
import fi.silta.importers.FeedImporter;
import fi.silta.importers.FeedJson;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FetchedFeed;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.ParsedFeed;
import fi.silta.importers.RecordException;
import fi.silta.importers.RecordFailure;
import fi.silta.importers.SourceType;
import fi.silta.importers.Texts;
import fi.silta.importers.espoo.EspooOpenNcReader;
import fi.silta.importers.lippupiste.LippupisteReader;
import fi.silta.importers.osterbotten.OsterbottenXmlReader;

/**
 * Linked Events API v1 ({@code /event/} lists of Helsinki, Turku and other cities). The feeds Linked Events
 * itself aggregates (the Österbotten calendar's XML, Espoo's OpenNC JSON and Lippupiste's event list) have
 * source types and importers of their own; a Linked Events source that was given one of them before those
 * types existed is still recognised from the document and read by that feed's reader. Pages are followed
 * through {@code meta.next}; locations and keywords are asked for inline ({@code include=location,keywords}).
 * A recurring super-event and its sub-events are one activity whose dates are the sub-events; a cancelled
 * sub-event is a cancelled date. See docs/importers.md for the field mapping.
 */
@ApplicationScoped
public class LinkedEventsImporter implements FeedImporter {

    private static final String RECURRING = "recurring";
    private static final int EXCERPT = 500;

    private final ObjectMapper json;

    @Inject
    LinkedEventsImporter(ObjectMapper json) {
        this.json = json;
    }

    /** For tests without a container. */
    public LinkedEventsImporter() {
        this(new ObjectMapper());
    }

    @Override
    public SourceType type() {
        return SourceType.LINKED_EVENTS;
    }

    @Override
    public ParsedFeed read(FeedSession session) throws FeedException {
        if (session.url().getPath() != null && session.url().getPath().contains("/EventService/")) {
            // The Österbotten calendar's service, given as a Linked Events source: asked as the URL says.
            return OsterbottenXmlReader.read(session.fetch(session.url()), session);
        }
        List<JsonNode> events = new ArrayList<>();
        URI page = firstPage(session.url());
        boolean first = true;
        while (page != null) {
            FetchedFeed fetched = session.fetch(page);
            if (first && OsterbottenXmlReader.looksLikeXml(fetched.body())) {
                return OsterbottenXmlReader.read(page.equals(session.url()) ? fetched : session.fetch(session.url()),
                        session);
            }
            JsonNode root = parse(fetched);
            if (first && LippupisteReader.looksLike(root)) {
                return LippupisteReader.read(root, session);
            }
            if (first && EspooOpenNcReader.looksLike(root)) {
                return EspooOpenNcReader.read(root, session);
            }
            first = false;
            JsonNode data = root.path("data");
            if (!root.isObject() || !data.isArray()) {
                throw new FeedException("Not a Linked Events API response or a known event feed: it has no data list");
            }
            data.forEach(events::add);
            session.checkRecordCount(events.size());
            JsonNode next = root.path("meta").path("next");
            page = next.isTextual() && !next.asText().isBlank() ? resolve(fetched.uri(), next.asText()) : null;
        }
        return map(events, session);
    }

    /** Maps the events of all pages; public for tests that read fixtures without a server. */
    public ParsedFeed map(List<JsonNode> events, FeedSession session) throws FeedException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode event : events) {
            String id = text(event.get("id"));
            if (id != null && !event.path("deleted").asBoolean(false)) {
                byId.putIfAbsent(id, event);
            }
        }
        Map<String, List<JsonNode>> subEvents = new LinkedHashMap<>();
        for (JsonNode event : byId.values()) {
            String parent = referencedId(event.get("super_event"));
            if (parent != null && byId.containsKey(parent)
                    && RECURRING.equals(text(byId.get(parent).get("super_event_type")))) {
                subEvents.computeIfAbsent(parent, k -> new ArrayList<>()).add(event);
            }
        }
        List<ImportedActivity> records = new ArrayList<>();
        List<RecordFailure> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : byId.entrySet()) {
            session.checkTime();
            JsonNode event = entry.getValue();
            String parent = referencedId(event.get("super_event"));
            if (parent != null && subEvents.getOrDefault(parent, List.of()).contains(event)) {
                continue;
            }
            try {
                records.add(record(event, subEvents.getOrDefault(entry.getKey(), List.of()), session));
            } catch (RecordException e) {
                failures.add(new RecordFailure(entry.getKey(), e.getMessage(), excerpt(event)));
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(entry.getKey(), "could not be read (" + e.getClass().getSimpleName()
                        + ")", excerpt(event)));
            }
        }
        return new ParsedFeed(records, failures);
    }

    private ImportedActivity record(JsonNode event, List<JsonNode> subs, FeedSession session) {
        Language language = session.language();
        ImportedActivity.Builder builder = ImportedActivity.builder(text(event.get("id")))
                .title(localized(event.get("name")))
                .summary(localized(event.get("short_description")))
                .description(localized(event.get("description")))
                .infoUrl(pick(localized(event.get("info_url")), language))
                .excerpt(excerpt(event));
        place(event, builder, language);
        KeywordMap.Matches matches = session.keywords().matches();
        for (JsonNode keyword : event.path("keywords")) {
            keyword(keyword, matches);
        }
        for (JsonNode audience : event.path("audience")) {
            keyword(audience, matches);
        }
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        for (JsonNode inLanguage : event.path("in_language")) {
            String code = inLanguage.has("id") ? text(inLanguage.get("id")) : referencedId(inLanguage);
            builder.language(code);
        }
        offers(event.path("offers"), builder);
        builder.ages(integer(event.get("audience_min_age")), integer(event.get("audience_max_age")));
        LocalizedText provider = localized(event.get("provider"));
        if (provider != null) {
            builder.contact(pick(provider, language), null, null);
        }
        ZoneId zone = session.zone();
        List<JsonNode> dates = subs.isEmpty() ? List.of(event) : subs;
        List<Session> sessions = new ArrayList<>();
        RecordException lastProblem = null;
        for (JsonNode date : dates) {
            try {
                sessions.add(session(date, zone, timeText(date, event)));
            } catch (RecordException e) {
                // One unusable sub-event does not cost the series its other dates.
                lastProblem = e;
            }
        }
        if (sessions.isEmpty()) {
            throw lastProblem != null ? lastProblem : new RecordException("has no date");
        }
        // Sub-events of the same length share a schedule: the first start plus extra dates.
        Map<Duration, List<Session>> byLength = new TreeMap<>();
        sessions.forEach(s -> byLength.computeIfAbsent(s.duration(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<Duration, List<Session>> group : byLength.entrySet()) {
            List<Session> ordered = group.getValue().stream().sorted(Comparator.comparing(Session::start)).toList();
            Session first = ordered.get(0);
            SortedSet<LocalDateTime> extra = new TreeSet<>();
            SortedSet<LocalDateTime> cancelled = new TreeSet<>();
            for (Session s : ordered) {
                if (s != first) {
                    extra.add(s.start());
                }
                if (s.cancelled()) {
                    cancelled.add(s.start());
                }
            }
            builder.schedule(new ImportedSchedule(first.start(), group.getKey(), first.allDay(), null, zone, extra,
                    new TreeSet<>(), cancelled));
        }
        return builder.build();
    }

    private record Session(LocalDateTime start, Duration duration, boolean allDay, boolean cancelled) {
    }

    /** Where a date-only event may give its clock time: its name, then its short description (or its parent's). */
    private static String timeText(JsonNode date, JsonNode event) {
        StringBuilder text = new StringBuilder();
        for (JsonNode node : date == event ? List.of(event) : List.of(date, event)) {
            for (String field : List.of("name", "short_description")) {
                LocalizedText value = localized(node.get(field));
                if (value != null) {
                    Stream.of(value.fi(), value.sv(), value.en()).filter(v -> v != null)
                            .forEach(v -> text.append(v).append('\n'));
                }
            }
        }
        return text.toString();
    }

    /**
     * One date from {@code start_time} and {@code end_time}: UTC instants shown in local time, or bare dates
     * for whole days. Cancelled and postponed events are cancelled dates.
     */
    private static Session session(JsonNode event, ZoneId zone, String timeText) {
        String start = text(event.get("start_time"));
        if (start == null) {
            throw new RecordException("has no start_time");
        }
        String end = text(event.get("end_time"));
        String status = text(event.get("event_status"));
        boolean cancelled = "EventCancelled".equals(status) || "EventPostponed".equals(status);
        try {
            if (start.length() == 10) {
                LocalDate day = LocalDate.parse(start);
                LocalDate lastDay = end == null ? day
                        : end.length() == 10 ? LocalDate.parse(end)
                                : OffsetDateTime.parse(end).atZoneSameInstant(zone).toLocalDate();
                Duration duration = Duration.ofDays(Math.max(1, lastDay.toEpochDay() - day.toEpochDay() + 1));
                return new Session(day.atStartOfDay(), duration, true, cancelled);
            }
            Instant startInstant = OffsetDateTime.parse(start).toInstant();
            Duration duration = end == null ? Duration.ZERO
                    : Duration.between(startInstant, OffsetDateTime.parse(end).toInstant());
            LocalDateTime localStart = LocalDateTime.ofInstant(startInstant, zone);
            if (localStart.toLocalTime().equals(LocalTime.MIDNIGHT) && duration.toMinutes() % (24 * 60) == 0) {
                // A date written as local midnight, with no time or whole days: the time, if any, is in the text.
                Optional<TextHints.ClockTime> time = TextHints.timeIn(timeText);
                if (time.isPresent()) {
                    return new Session(localStart.toLocalDate().atTime(time.get().start()), time.get().duration(),
                            false, cancelled);
                }
                return new Session(localStart, duration.isZero() ? Duration.ofDays(1) : duration, true, cancelled);
            }
            if (duration.isNegative()) {
                throw new RecordException("ends before it starts");
            }
            return new Session(LocalDateTime.ofInstant(startInstant, zone), duration, false, cancelled);
        } catch (DateTimeParseException e) {
            throw new RecordException("has an unreadable start_time or end_time");
        }
    }

    private static void place(JsonNode event, ImportedActivity.Builder builder, Language language) {
        JsonNode location = event.get("location");
        if (location == null || location.isNull()) {
            // Some publishers write the place only in the description.
            LocalizedText description = localized(event.get("description"));
            ImportedPlace written = description == null ? null
                    : TextHints.placeIn(pick(description, language), language);
            if (written != null) {
                builder.place(written);
            }
            return;
        }
        String id = location.has("id") ? text(location.get("id")) : referencedId(location);
        if (id != null && id.toLowerCase(Locale.ROOT).endsWith(":internet")) {
            // Linked Events marks online events with an "internet" place; the link is the event's own page.
            String url = pick(localized(event.get("info_url")), language);
            for (JsonNode link : event.path("external_links")) {
                if (url == null) {
                    url = text(link.get("link"));
                }
            }
            builder.online(url);
            return;
        }
        LocalizedText name = localized(location.get("name"));
        if (name == null) {
            // The place was not included inline; without its name a resident could not find it.
            return;
        }
        Double latitude = null;
        Double longitude = null;
        JsonNode coordinates = location.path("position").path("coordinates");
        if (coordinates.isArray() && coordinates.size() == 2 && coordinates.get(0).isNumber()
                && coordinates.get(1).isNumber()) {
            // GeoJSON order: longitude first.
            longitude = coordinates.get(0).asDouble();
            latitude = coordinates.get(1).asDouble();
        }
        builder.place(ImportedPlace.of(name, pick(localized(location.get("street_address")), language),
                text(location.get("postal_code")), pick(localized(location.get("address_locality")), Language.FI),
                latitude, longitude));
    }

    /** A keyword or audience, inline ({@code id}, {@code name}) or as a reference ({@code @id}). */
    private static void keyword(JsonNode keyword, KeywordMap.Matches matches) {
        String id = keyword.has("id") ? text(keyword.get("id")) : referencedId(keyword);
        LocalizedText names = localized(keyword.get("name"));
        if (names == null) {
            matches.linkedEventsKeyword(id);
        } else {
            matches.linkedEventsKeyword(id, names.fi(), names.sv(), names.en());
        }
    }

    /** Free when every offer says so; otherwise the first price given. */
    private static void offers(JsonNode offers, ImportedActivity.Builder builder) {
        if (!offers.isArray() || offers.isEmpty()) {
            return;
        }
        boolean free = true;
        LocalizedText price = null;
        for (JsonNode offer : offers) {
            if (!offer.path("is_free").asBoolean(false)) {
                free = false;
                if (price == null) {
                    price = localized(offer.get("price"));
                }
            }
        }
        builder.free(free).price(price);
    }

    private JsonNode parse(FetchedFeed fetched) throws FeedException {
        return FeedJson.read(json, fetched, "a Linked Events API response");
    }

    /**
     * The first page, asking for places and keywords inline and for the largest page the API gives (100),
     * unless the source URL already says otherwise.
     */
    static URI firstPage(URI url) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            return url;
        }
        String query = url.getRawQuery() == null ? "" : url.getRawQuery();
        List<String> parameters = new ArrayList<>();
        if (!query.isEmpty()) {
            parameters.add(query);
        }
        if (!query.matches("(^|.*&)include=.*")) {
            parameters.add("include=location,keywords");
        }
        if (!query.matches("(^|.*&)page_size=.*")) {
            parameters.add("page_size=100");
        }
        String address = url.toString();
        int question = address.indexOf('?');
        return URI.create((question < 0 ? address : address.substring(0, question)) + "?"
                + String.join("&", parameters));
    }

    private static URI resolve(URI base, String next) throws FeedException {
        try {
            return base.resolve(next.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedException("The feed's meta.next is not a valid address");
        }
    }

    /** {@code {"@id": "https://.../keyword/yso:p916/"}} to {@code yso:p916}. */
    static String referencedId(JsonNode reference) {
        if (reference == null || reference.isNull()) {
            return null;
        }
        String url = text(reference.get("@id"));
        if (url == null) {
            return text(reference.get("id"));
        }
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isBlank() ? null : URLDecoder.decode(last, StandardCharsets.UTF_8);
    }

    private static LocalizedText localized(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return LocalizedText.of(node.asText(), null, null);
        }
        LocalizedText text = LocalizedText.of(text(node.get("fi")), text(node.get("sv")), text(node.get("en")));
        return text.isEmpty() ? null : text;
    }

    private static String pick(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        return node != null && node.canConvertToInt() && !node.isNull() ? node.asInt() : null;
    }

    private static String excerpt(JsonNode event) {
        return Texts.truncate(event.toString(), EXCERPT);
    }
}
