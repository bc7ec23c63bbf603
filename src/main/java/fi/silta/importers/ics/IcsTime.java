package fi.silta.importers.ics;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.silta.importers.RecordException;

/**
 * One DATE or DATE-TIME value: the wall-clock time it gives, whether it is a whole day, and its zone (null
 * for floating times, which are read in the calendar's or source's zone).
 */
record IcsTime(LocalDateTime local, boolean dateOnly, ZoneId zone) {

    private static final Pattern BASIC = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:[.,]\\d+)?)?(Z)?");
    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    /**
     * Reads a value. A trailing Z means UTC whatever the TZID says: producers write {@code TZID=GMT} (or any
     * other TZID) on UTC times, and the Z is the part they get right.
     *
     * @param zones resolves the TZID parameter, if any
     */
    static IcsTime parse(String value, String tzid, IcsZones zones) {
        String text = value == null ? "" : value.strip();
        int slash = text.indexOf('/');
        if (slash > 0) {
            // A PERIOD (start/end or start/duration): its start is the date.
            text = text.substring(0, slash);
        }
        Matcher matcher = BASIC.matcher(text);
        if (!matcher.matches()) {
            throw new RecordException("has an unreadable date '" + shorten(text) + "'");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            if (matcher.group(4) == null) {
                return new IcsTime(date.atStartOfDay(), true, null);
            }
            int hour = Integer.parseInt(matcher.group(4));
            int minute = Integer.parseInt(matcher.group(5));
            int second = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
            LocalDateTime local;
            if (hour == 24 && minute == 0 && second == 0) {
                // Midnight written as the end of the day.
                local = date.plusDays(1).atStartOfDay();
            } else {
                local = LocalDateTime.of(date, LocalTime.of(hour, minute, second == 60 ? 59 : second));
            }
            if (matcher.group(7) != null) {
                return new IcsTime(local, false, ZoneOffset.UTC);
            }
            return new IcsTime(local, false, zones.resolve(tzid).orElse(null));
        } catch (DateTimeException | NumberFormatException e) {
            throw new RecordException("has an impossible date '" + shorten(text) + "'");
        }
    }

    /** The instant, reading a floating time in the given zone. */
    Instant instant(ZoneId floating) {
        return ZonedDateTime.of(local, zone != null ? zone : floating).toInstant();
    }

    /** The wall-clock time in another zone; whole days stay the same day. */
    LocalDateTime in(ZoneId target, ZoneId floating) {
        if (dateOnly) {
            return local;
        }
        return ZonedDateTime.of(local, zone != null ? zone : floating).withZoneSameInstant(target).toLocalDateTime();
    }

    /** An RFC 5545 DURATION such as {@code PT1H30M} or {@code P1W}. */
    static Duration duration(String value) {
        Matcher matcher = DURATION.matcher(value == null ? "" : value.strip());
        if (!matcher.matches() || value.strip().equals("P") || value.strip().endsWith("T")) {
            throw new RecordException("has an unreadable DURATION '" + shorten(value) + "'");
        }
        try {
            Duration duration = Duration.ofDays(Math.addExact(Math.multiplyExact(7, number(matcher.group(2))),
                    number(matcher.group(3)))).plusHours(number(matcher.group(4)))
                    .plusMinutes(number(matcher.group(5))).plusSeconds(number(matcher.group(6)));
            return "-".equals(matcher.group(1)) ? duration.negated() : duration;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RecordException("has an impossible DURATION '" + shorten(value) + "'");
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static String shorten(String text) {
        String value = String.valueOf(text);
        return value.length() > 40 ? value.substring(0, 39) + "…" : value;
    }
}
