package fi.silta.importers.ics;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Turns TZID parameters into zones Silta can store. Feeds name zones in many ways: IANA names
 * ({@code Europe/Helsinki}), IANA names behind a vendor prefix ({@code /mozilla.org/20050126_1/Europe/Berlin}),
 * Windows names ({@code FLE Standard Time}), or names of their own defined only by a VTIMEZONE. A zone defined
 * only by its VTIMEZONE is replaced by the IANA zone that has the same offsets all through the year, so that
 * series keep following daylight saving time.
 */
final class IcsZones {

    private static final Pattern IANA_SUFFIX = Pattern.compile("((?:Africa|America|Antarctica|Arctic|Asia|Atlantic"
            + "|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z0-9_+\\-]+(?:/[A-Za-z0-9_+\\-]+)?)$");
    private static final Set<String> UTC_NAMES = Set.of("z", "utc", "gmt", "etc/utc", "etc/gmt", "ut", "zulu",
            "universal", "coordinated universal time", "(utc) coordinated universal time");
    /** Common Windows zone names, after the Unicode CLDR windowsZones table (Finnish territory for FLE). */
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("fle standard time", "Europe/Helsinki"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("e. europe standard time", "Europe/Chisinau"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("aus eastern standard time", "Australia/Sydney"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("india standard time", "Asia/Kolkata"));
    private static final List<ZoneId> REGION_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            // Europe first: Finnish feeds that define their own zone mean a European one.
            .sorted(Comparator.comparing((String id) -> !id.startsWith("Europe/")).thenComparing(id -> id))
            .map(ZoneId::of).toList();

    private final Map<String, IcsComponent> definitions = new HashMap<>();
    private final ZoneId preferred;
    private final Map<String, Optional<ZoneId>> resolved = new HashMap<>();

    IcsZones(List<IcsComponent> vtimezones, ZoneId preferred) {
        for (IcsComponent vtimezone : vtimezones) {
            vtimezone.property("TZID").ifPresent(tzid -> definitions.putIfAbsent(tzid.value().strip(), vtimezone));
        }
        this.preferred = preferred;
    }

    /** The zone a TZID names; empty when it cannot be made out, and the time is then read as floating. */
    Optional<ZoneId> resolve(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(tzid.strip(), this::lookUp);
    }

    private Optional<ZoneId> lookUp(String tzid) {
        String lower = tzid.toLowerCase(Locale.ROOT);
        if (UTC_NAMES.contains(lower)) {
            return Optional.of(ZoneOffset.UTC);
        }
        Optional<ZoneId> named = iana(tzid);
        if (named.isPresent()) {
            return named;
        }
        Matcher suffix = IANA_SUFFIX.matcher(tzid);
        if (suffix.find()) {
            named = iana(suffix.group(1));
            if (named.isPresent()) {
                return named;
            }
        }
        ZoneId windows = WINDOWS.containsKey(lower) ? ZoneId.of(WINDOWS.get(lower)) : null;
        IcsComponent definition = definitions.get(tzid);
        if (definition != null) {
            Optional<ZoneId> matching = matchDefinition(definition, windows);
            if (matching.isPresent()) {
                return matching;
            }
        }
        return Optional.ofNullable(windows);
    }

    private static Optional<ZoneId> iana(String name) {
        try {
            ZoneId zone = ZoneId.of(name);
            return zone instanceof ZoneOffset ? Optional.empty() : Optional.of(zone.normalized());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first IANA zone with the VTIMEZONE's offsets on the 1st and 15th of every month of this year and
     * the next; else a fixed offset, the definition's offset now.
     */
    private Optional<ZoneId> matchDefinition(IcsComponent definition, ZoneId hint) {
        TimeZone zone = build(definition);
        if (zone == null) {
            return Optional.empty();
        }
        int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        List<Instant> samples = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            for (int month = 1; month <= 12; month++) {
                samples.add(LocalDateTime.of(y, month, 1, 12, 0).toInstant(ZoneOffset.UTC));
                samples.add(LocalDateTime.of(y, month, 15, 12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        int[] offsets = samples.stream().mapToInt(i -> zone.getOffset(i.toEpochMilli()) / 1000).toArray();
        List<ZoneId> candidates = new ArrayList<>();
        candidates.add(preferred);
        if (hint != null) {
            candidates.add(hint);
        }
        candidates.addAll(REGION_ZONES);
        for (ZoneId candidate : candidates) {
            boolean same = true;
            for (int i = 0; i < samples.size() && same; i++) {
                same = candidate.getRules().getOffset(samples.get(i)).getTotalSeconds() == offsets[i];
            }
            if (same) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(ZoneOffset.ofTotalSeconds(offsets[0]));
    }

    /** ical4j's reading of the VTIMEZONE, or null when it cannot make sense of it. */
    private static TimeZone build(IcsComponent definition) {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silta//zone//EN\r\n"
                + definition.raw().replace("\n", "\r\n") + "END:VCALENDAR\r\n";
        try {
            Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));
            Optional<VTimeZone> vtimezone = parsed.getComponent("VTIMEZONE");
            return vtimezone.map(TimeZone::new).orElse(null);
        } catch (Exception e) {
            // A definition ical4j cannot read names no zone Silta can follow; the time is read as floating.
            return null;
        }
    }
}
