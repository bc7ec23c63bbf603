package fi.silta.importers.ics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.silta.catalogue.Interval;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FeedSession;
import fi.silta.importers.FreeAddress;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedPlace;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.RecordException;
import fi.silta.importers.Texts;

/**
 * The VEVENTs of one UID mapped into one record: the master event gives the series (DTSTART, RRULE, RDATE,
 * EXDATE), and each RECURRENCE-ID override either moves one date or, with STATUS:CANCELLED, marks it cancelled.
 */
final class IcsEventGroup {

    /** How far ahead the dates of a cancelled series are marked, when the whole series is called off. */
    private static final int CANCELLED_SERIES_DAYS = 400;
    /** "lat;lon", also with a comma or an escaped semicolon, as producers write it. */
    private static final Pattern GEO = Pattern
            .compile("\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*\\\\?[;,]\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*");

    private final String uid;
    private final List<IcsComponent> events;
    private final IcsZones zones;
    private final ZoneId floating;
    private final FeedSession session;

    IcsEventGroup(String uid, List<IcsComponent> events, IcsZones zones, ZoneId floating, FeedSession session) {
        this.uid = uid;
        this.events = events;
        this.zones = zones;
        this.floating = floating;
        this.session = session;
    }

    ImportedActivity toRecord() {
        List<IcsComponent> masters = events.stream().filter(e -> e.property("RECURRENCE-ID").isEmpty()).toList();
        List<IcsComponent> overrides = latestOverrides(
                events.stream().filter(e -> e.property("RECURRENCE-ID").isPresent()).toList());
        // Duplicates of a master: the highest SEQUENCE wins, then the last in the file.
        IcsComponent master = masters.stream().max(Comparator.comparingInt(IcsEventGroup::sequence)).orElse(null);
        ImportedActivity.Builder builder = ImportedActivity.builder(uid);
        IcsComponent described = master != null ? master
                : overrides.stream()
                        .min(Comparator.comparing(o -> start(o).instant(floating))).orElseThrow();
        describe(described, builder);
        if (master != null) {
            series(master, overrides, builder);
        } else {
            // Only modified instances were published: each is a date of its own.
            for (IcsComponent override : overrides) {
                if (!cancelled(override)) {
                    IcsTime start = start(override);
                    ZoneId zone = scheduleZone(start, false);
                    builder.schedule(ImportedSchedule.single(start.in(zone, floating),
                            duration(override, start), start.dateOnly(), zone));
                }
            }
        }
        builder.excerpt(described.raw());
        return builder.build();
    }

    /** Of overrides of the same date, the highest SEQUENCE wins, then the last in the file. */
    private List<IcsComponent> latestOverrides(List<IcsComponent> overrides) {
        Map<String, IcsComponent> byDate = new LinkedHashMap<>();
        for (IcsComponent override : overrides) {
            String key = override.property("RECURRENCE-ID").map(p -> p.value().strip()).orElse("");
            IcsComponent earlier = byDate.get(key);
            if (earlier == null || sequence(override) >= sequence(earlier)) {
                byDate.put(key, override);
            }
        }
        return List.copyOf(byDate.values());
    }

    private void describe(IcsComponent event, ImportedActivity.Builder builder) {
        if (event.property("CLASS").map(p -> p.value().strip().toUpperCase(Locale.ROOT))
                .filter(c -> c.equals("PRIVATE") || c.equals("CONFIDENTIAL")).isPresent()) {
            throw new RecordException("is marked private (CLASS:PRIVATE or CONFIDENTIAL) and is not published");
        }
        Language language = event.property("SUMMARY").flatMap(p -> p.parameter("LANGUAGE"))
                .flatMap(IcsEventGroup::language).orElse(session.language());
        builder.title(localized(event, "SUMMARY"));
        LocalizedText description = localized(event, "DESCRIPTION");
        if (description == null) {
            description = event.property("X-ALT-DESC").map(p -> text(p.value(), language)).orElse(null);
        }
        builder.description(description);
        builder.language(language.code());
        String location = event.text("LOCATION");
        String locationUrl = location == null ? null : Texts.httpUrl(location);
        if (locationUrl != null) {
            builder.online(locationUrl);
        } else if (location != null) {
            builder.place(place(location, event.property("GEO").map(IcsComponent.Property::value).orElse(null),
                    language));
        } else {
            event.property("CONFERENCE").or(() -> event.property("X-GOOGLE-CONFERENCE"))
                    .ifPresent(p -> builder.online(p.value()));
        }
        builder.infoUrl(event.property("URL").map(IcsComponent.Property::value).orElse(null));
        KeywordMap.Matches matches = session.keywords().matches();
        event.all("CATEGORIES").forEach(p -> IcsText.list(p.value()).forEach(matches::word));
        builder.categories(matches.categories()).targetGroups(matches.targetGroups());
        event.property("ORGANIZER").ifPresent(organizer -> builder.contact(
                organizer.parameter("CN").map(IcsText::unescape).orElse(null),
                organizer.value().regionMatches(true, 0, "mailto:", 0, 7) ? organizer.value().substring(7) : null,
                null));
    }

    /** The master's series, with the overrides folded in. */
    private void series(IcsComponent master, List<IcsComponent> overrides, ImportedActivity.Builder builder) {
        IcsTime start = start(master);
        boolean recurring = master.all("RRULE").stream().anyMatch(p -> !p.value().isBlank());
        ZoneId zone = scheduleZone(start, recurring);
        LocalDateTime firstStart = start.in(zone, floating);
        Duration duration = duration(master, start);
        boolean allDay = start.dateOnly();
        // An empty RRULE (seen in the wild) is no rule at all.
        List<String> rules = master.all("RRULE").stream().filter(p -> !p.value().isBlank())
                .map(p -> untilInZone(p.value(), zone, allDay)).distinct().toList();
        SortedSet<LocalDateTime> extraDates = dates(master, "RDATE", zone, allDay);
        SortedSet<LocalDateTime> exceptions = dates(master, "EXDATE", zone, allDay);
        SortedSet<LocalDateTime> cancelled = new TreeSet<>();
        List<ImportedSchedule> moved = new ArrayList<>();
        for (IcsComponent override : overrides) {
            LocalDateTime instance = recurrenceId(override, zone, allDay);
            if (cancelled(override)) {
                cancelled.add(instance);
                continue;
            }
            exceptions.add(instance);
            // An override without its own DTSTART keeps the date and changes something else.
            IcsTime overrideStart = override.property("DTSTART").isPresent() ? start(override)
                    : new IcsTime(instance, allDay, allDay ? null : zone);
            ZoneId movedZone = zone.equals(ZoneOffset.UTC) ? floating : zone;
            Duration movedDuration = override.property("DTEND").isPresent()
                    || override.property("DURATION").isPresent() ? duration(override, overrideStart) : duration;
            moved.add(ImportedSchedule.single(overrideStart.in(movedZone, floating), movedDuration,
                    overrideStart.dateOnly(), movedZone));
        }
        List<ImportedSchedule> schedules = new ArrayList<>();
        if (rules.isEmpty()) {
            schedules.add(new ImportedSchedule(firstStart, duration, allDay, null, zone, extraDates, exceptions,
                    cancelled));
        } else {
            schedules.add(new ImportedSchedule(firstStart, duration, allDay, rules.get(0), zone, extraDates,
                    exceptions, cancelled));
            // RFC 5545 deprecates several RRULEs; each further rule is a series of its own without the
            // first start, which the first series already holds.
            SortedSet<LocalDateTime> withoutFirst = new TreeSet<>(exceptions);
            withoutFirst.add(firstStart);
            for (String rule : rules.subList(1, rules.size())) {
                schedules.add(new ImportedSchedule(firstStart, duration, allDay, rule, zone, new TreeSet<>(),
                        withoutFirst, cancelled));
            }
        }
        if (cancelled(master)) {
            schedules = schedules.stream().map(this::allCancelled).toList();
        }
        schedules.forEach(builder::schedule);
        moved.forEach(builder::schedule);
    }

    /** A series called off as a whole: its dates stay listed, as cancelled. */
    private ImportedSchedule allCancelled(ImportedSchedule schedule) {
        ZonedDateTime from = session.now().atZone(schedule.zone()).toLocalDate().atStartOfDay(schedule.zone());
        SortedSet<LocalDateTime> dates = new TreeSet<>(schedule.cancelled());
        dates.add(schedule.firstStart());
        try {
            for (Interval interval : schedule.detached().occurrencesBetween(from,
                    from.plusDays(CANCELLED_SERIES_DAYS))) {
                dates.add(LocalDateTime.ofInstant(interval.start(), schedule.zone()));
            }
        } catch (IllegalArgumentException e) {
            throw new RecordException(e.getMessage());
        }
        return schedule.withCancelled(dates);
    }

    private IcsTime start(IcsComponent event) {
        IcsComponent.Property dtstart = event.property("DTSTART")
                .orElseThrow(() -> new RecordException("has no DTSTART"));
        return IcsTime.parse(dtstart.value(), dtstart.parameter("TZID").orElse(null), zones);
    }

    /**
     * Whole-day and floating events follow the calendar's (or source's) zone, and so do single dates given
     * in UTC, so residents see them in local time. Other events keep the zone their feed gave; a series in
     * UTC stays in UTC, as RFC 5545 says it recurs in UTC.
     */
    private ZoneId scheduleZone(IcsTime start, boolean recurring) {
        if (start.dateOnly() || start.zone() == null) {
            return floating;
        }
        return !recurring && start.zone().equals(ZoneOffset.UTC) ? floating : start.zone();
    }

    /** From DTEND, else DURATION, else a day for whole-day events and nothing for timed ones (RFC 5545). */
    private Duration duration(IcsComponent event, IcsTime start) {
        Optional<IcsComponent.Property> dtend = event.property("DTEND");
        Duration duration;
        if (dtend.isPresent()) {
            IcsTime end = IcsTime.parse(dtend.get().value(), dtend.get().parameter("TZID").orElse(null), zones);
            if (start.dateOnly()) {
                duration = Duration.between(start.local(), end.local().toLocalDate().atStartOfDay());
            } else {
                duration = Duration.between(start.instant(floating), end.instant(floating));
            }
        } else if (event.property("DURATION").isPresent()) {
            duration = IcsTime.duration(event.property("DURATION").get().value());
        } else {
            duration = start.dateOnly() ? Duration.ofDays(1) : Duration.ZERO;
        }
        if (duration.isNegative()) {
            throw new RecordException("ends before it starts");
        }
        return duration;
    }

    private SortedSet<LocalDateTime> dates(IcsComponent event, String property, ZoneId zone, boolean allDay) {
        SortedSet<LocalDateTime> dates = new TreeSet<>();
        for (IcsComponent.Property value : event.all(property)) {
            String tzid = value.parameter("TZID").orElse(null);
            for (String item : value.value().split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                IcsTime time = IcsTime.parse(item, tzid, zones);
                LocalDateTime local = time.in(zone, floating);
                dates.add(allDay ? local.toLocalDate().atStartOfDay() : local);
            }
        }
        return dates;
    }

    private LocalDateTime recurrenceId(IcsComponent override, ZoneId zone, boolean allDay) {
        IcsComponent.Property id = override.property("RECURRENCE-ID").orElseThrow();
        LocalDateTime local = IcsTime.parse(id.value(), id.parameter("TZID").orElse(null), zones)
                .in(zone, floating);
        return allDay ? local.toLocalDate().atStartOfDay() : local;
    }

    /**
     * An UNTIL written in UTC (or as a date) is turned into the series' own wall-clock time, which is
     * how Silta's schedules compare it.
     */
    private String untilInZone(String rule, ZoneId zone, boolean allDay) {
        StringBuilder out = new StringBuilder();
        for (String part : rule.strip().split(";")) {
            if (part.isBlank()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(';');
            }
            if (part.regionMatches(true, 0, "UNTIL=", 0, 6)) {
                IcsTime until = IcsTime.parse(part.substring(6), null, zones);
                LocalDateTime local = until.dateOnly() ? until.local().toLocalDate().atTime(23, 59, 59)
                        : until.in(zone, floating);
                if (allDay) {
                    local = local.toLocalDate().atTime(23, 59, 59);
                }
                out.append("UNTIL=").append(String.format(Locale.ROOT, "%04d%02d%02dT%02d%02d%02d",
                        local.getYear(), local.getMonthValue(), local.getDayOfMonth(), local.getHour(),
                        local.getMinute(), local.getSecond()));
            } else {
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    private static boolean cancelled(IcsComponent event) {
        return event.property("STATUS").map(p -> p.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    private static int sequence(IcsComponent event) {
        try {
            return event.property("SEQUENCE").map(p -> Integer.parseInt(p.value().strip())).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** SUMMARY or DESCRIPTION in the languages given by their LANGUAGE parameters. */
    private LocalizedText localized(IcsComponent event, String property) {
        String fi = null;
        String sv = null;
        String en = null;
        for (IcsComponent.Property value : event.all(property)) {
            Language language = value.parameter("LANGUAGE").flatMap(IcsEventGroup::language)
                    .orElse(session.language());
            String text = IcsText.unescape(value.value());
            switch (language) {
                case FI -> fi = fi == null ? text : fi;
                case SV -> sv = sv == null ? text : sv;
                case EN -> en = en == null ? text : en;
            }
        }
        LocalizedText result = LocalizedText.of(fi, sv, en);
        return result.isEmpty() ? null : result;
    }

    private static LocalizedText text(String value, Language language) {
        String text = IcsText.unescape(value);
        return switch (language) {
            case FI -> LocalizedText.of(text, null, null);
            case SV -> LocalizedText.of(null, text, null);
            case EN -> LocalizedText.of(null, null, text);
        };
    }

    private static Optional<Language> language(String tag) {
        String primary = tag.strip().split("[-_]")[0];
        return Language.fromCode(primary);
    }

    /** A LOCATION such as "Seurakuntakeskus, Kirkkokatu 1, 67100 Kokkola", read as a {@link FreeAddress}. */
    private static ImportedPlace place(String location, String geo, Language language) {
        FreeAddress address = FreeAddress.parse(location);
        String name = address.name();
        String street = address.street();
        String postalCode = address.postalCode();
        String town = address.town();
        Double latitude = null;
        Double longitude = null;
        if (geo != null) {
            Matcher matcher = GEO.matcher(geo);
            if (matcher.matches()) {
                latitude = Double.valueOf(matcher.group(1));
                longitude = Double.valueOf(matcher.group(2));
            }
        }
        LocalizedText names = switch (language) {
            case FI -> LocalizedText.of(name, null, null);
            case SV -> LocalizedText.of(null, name, null);
            case EN -> LocalizedText.of(null, null, name);
        };
        return ImportedPlace.of(names, street, postalCode, town, latitude, longitude);
    }
}
