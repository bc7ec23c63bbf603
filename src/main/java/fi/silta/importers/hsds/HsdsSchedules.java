package fi.silta.importers.hsds;

import static fi.silta.importers.hsds.HsdsJson.text;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.RecordException;
import fi.silta.importers.Texts;

/** HSDS schedules as Silta schedules: RFC 5545 series from the schedule table's fields. */
final class HsdsSchedules {

    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern NUMBERS = Pattern.compile("[+-]?\\d{1,3}(,[+-]?\\d{1,3})*");
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");

    private HsdsSchedules() {
    }

    /**
     * An HSDS schedule as an RFC 5545 series. Parts RFC 5545 does not allow with the frequency (BYWEEKNO
     * outside YEARLY, BYMONTHDAY in WEEKLY, BYYEARDAY outside YEARLY) and COUNT next to UNTIL are left out.
     * The numeric timezone is a UTC offset; without one, times are the source's local time.
     *
     * @return null when the schedule has no date to start from
     */
    static ImportedSchedule schedule(JsonNode schedule, ZoneId defaultZone) {
        LocalDate start = date(text(schedule.get("dtstart")));
        if (start == null) {
            start = date(text(schedule.get("valid_from")));
        }
        if (start == null) {
            return null;
        }
        ZoneId zone = defaultZone;
        if (schedule.path("timezone").isNumber()) {
            double hours = schedule.get("timezone").asDouble();
            if (hours < -18 || hours > 18) {
                throw new RecordException("has a timezone offset out of range");
            }
            zone = ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600));
        }
        LocalTime opens = time(text(schedule.get("opens_at")));
        LocalTime closes = time(text(schedule.get("closes_at")));
        boolean allDay = opens == null;
        Duration duration;
        if (allDay) {
            duration = Duration.ofDays(1);
        } else if (closes == null) {
            duration = Duration.ZERO;
        } else {
            duration = Duration.between(opens, closes);
            if (duration.isNegative()) {
                // Closing after midnight.
                duration = duration.plusDays(1);
            }
        }
        LocalDateTime firstStart = start.atTime(allDay ? LocalTime.MIDNIGHT : opens);
        String freq = text(schedule.get("freq"));
        if (freq == null) {
            return ImportedSchedule.single(firstStart, duration, allDay, zone);
        }
        freq = freq.toUpperCase(Locale.ROOT);
        if (!FREQUENCIES.contains(freq)) {
            throw new RecordException("has an unknown schedule freq '" + Texts.truncate(freq, 20) + "'");
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq);
        LocalDate until = date(text(schedule.get("until")));
        if (until == null) {
            until = date(text(schedule.get("valid_to")));
        }
        if (until != null) {
            rule.append(";UNTIL=").append(String.format(Locale.ROOT, "%04d%02d%02dT235959", until.getYear(),
                    until.getMonthValue(), until.getDayOfMonth()));
        } else if (schedule.path("count").canConvertToInt() && schedule.get("count").asInt() > 0) {
            rule.append(";COUNT=").append(schedule.get("count").asInt());
        }
        if (schedule.path("interval").canConvertToInt() && schedule.get("interval").asInt() > 1) {
            rule.append(";INTERVAL=").append(schedule.get("interval").asInt());
        }
        String byday = upper(text(schedule.get("byday")));
        if (byday != null && Arrays.stream(byday.split(",")).allMatch(d -> BYDAY.matcher(d.strip()).matches())) {
            rule.append(";BYDAY=").append(byday.replace(" ", ""));
        }
        appendNumbers(rule, "BYMONTHDAY", text(schedule.get("bymonthday")),
                freq.equals("MONTHLY") || freq.equals("YEARLY"));
        appendNumbers(rule, "BYWEEKNO", text(schedule.get("byweekno")), freq.equals("YEARLY"));
        appendNumbers(rule, "BYYEARDAY", text(schedule.get("byyearday")), freq.equals("YEARLY"));
        String wkst = upper(text(schedule.get("wkst")));
        if (wkst != null && BYDAY.matcher(wkst).matches() && wkst.length() == 2) {
            rule.append(";WKST=").append(wkst);
        }
        return new ImportedSchedule(firstStart, duration, allDay, rule.toString(), zone, new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>());
    }

    private static void appendNumbers(StringBuilder rule, String part, String value, boolean allowed) {
        if (allowed && value != null && NUMBERS.matcher(value.replace(" ", "")).matches()) {
            rule.append(';').append(part).append('=').append(value.replace(" ", ""));
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeException e) {
            throw new RecordException("has an unreadable schedule date '" + Texts.truncate(value, 30) + "'");
        }
    }

    private static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        String text = value.length() > 8 ? value.substring(0, 8) : value;
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new RecordException("has an unreadable opening time '" + Texts.truncate(value, 20) + "'");
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT).strip();
    }
}
