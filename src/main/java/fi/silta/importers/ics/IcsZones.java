package fi.silta.importers.ics;

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

import net.fortuna.ical4j.model.Recur;

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
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2})(\\d{2})(\\d{2})?");
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
     * the next; else a fixed offset, the definition's offset at the first of those days.
     */
    private Optional<ZoneId> matchDefinition(IcsComponent definition, ZoneId hint) {
        int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        List<Instant> samples = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            for (int month = 1; month <= 12; month++) {
                samples.add(LocalDateTime.of(y, month, 1, 12, 0).toInstant(ZoneOffset.UTC));
                samples.add(LocalDateTime.of(y, month, 15, 12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        int[] offsets = offsets(definition, samples, year);
        if (offsets == null) {
            return Optional.empty();
        }
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

    /** One change of offset: from when, and the offset before and after. */
    private record Transition(Instant at, int before, int after) {
    }

    /**
     * The VTIMEZONE's UTC offset (seconds) at each sample, from its STANDARD and DAYLIGHT observances (DTSTART,
     * TZOFFSETFROM, TZOFFSETTO, RRULE, RDATE); null when the definition cannot be read.
     */
    private int[] offsets(IcsComponent definition, List<Instant> samples, int year) {
        List<Transition> transitions = new ArrayList<>();
        LocalDateTime from = LocalDateTime.of(year - 1, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(year + 2, 1, 1, 0, 0);
        try {
            for (IcsComponent observance : definition.children()) {
                if (!observance.name().equals("STANDARD") && !observance.name().equals("DAYLIGHT")) {
                    continue;
                }
                LocalDateTime start = IcsTime.parse(observance.property("DTSTART").orElseThrow().value(), null, this)
                        .local();
                int before = offset(observance.property("TZOFFSETFROM").orElseThrow().value());
                int after = offset(observance.property("TZOFFSETTO").orElseThrow().value());
                List<LocalDateTime> onsets = new ArrayList<>();
                onsets.add(start);
                for (IcsComponent.Property rule : observance.all("RRULE")) {
                    Recur<LocalDateTime> recur = new Recur<>(rule.value().strip().replaceAll("(?i)(UNTIL=\\d{8}T\\d{6})Z",
                            "$1"));
                    onsets.addAll(recur.getDates(start, from.isAfter(start) ? from : start, to, 50));
                }
                for (IcsComponent.Property rdate : observance.all("RDATE")) {
                    for (String value : rdate.value().split(",")) {
                        onsets.add(IcsTime.parse(value, null, this).local());
                    }
                }
                for (LocalDateTime onset : onsets) {
                    transitions.add(new Transition(onset.toInstant(ZoneOffset.ofTotalSeconds(before)), before, after));
                }
            }
        } catch (RuntimeException e) {
            // A definition that cannot be read names no zone Silta can follow; its times are read as floating.
            return null;
        }
        if (transitions.isEmpty()) {
            return null;
        }
        transitions.sort(Comparator.comparing(Transition::at));
        int[] offsets = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Transition last = null;
            for (Transition transition : transitions) {
                if (transition.at().isAfter(samples.get(i))) {
                    break;
                }
                last = transition;
            }
            offsets[i] = last != null ? last.after() : transitions.get(0).before();
        }
        return offsets;
    }

    /** A UTC offset as VTIMEZONE writes it: +0200, -0500, +023000. */
    private static int offset(String value) {
        Matcher matcher = OFFSET.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid UTC offset");
        }
        int seconds = Integer.parseInt(matcher.group(2)) * 3600 + Integer.parseInt(matcher.group(3)) * 60
                + (matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)));
        return matcher.group(1).equals("-") ? -seconds : seconds;
    }
}
