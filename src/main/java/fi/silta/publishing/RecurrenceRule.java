package fi.silta.publishing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.Schedule;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.api.ScheduleInput.Kind;

/**
 * Translates between a schedule as a publisher thinks of it (once; weekly on some weekdays; monthly on the
 * first Tuesday) and the iCalendar rule Silta stores, both ways: the rules publishers write are shown back in
 * the same terms. Rules that came from elsewhere are stored as they are and have no such terms.
 */
final class RecurrenceRule {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /** A schedule in a publisher's terms: what {@link #read} recognises. */
    record Terms(Kind kind, List<DayOfWeek> weekdays, Integer weekOfMonth, LocalDate until) {
    }

    private RecurrenceRule() {
    }

    /** The schedule a valid input describes, with its first session on or after the input's date. */
    static Schedule schedule(Activity activity, ScheduleInput input) {
        Duration length = Duration.between(input.startTime(), input.endTime());
        if (input.kind() == Kind.ONCE) {
            return Schedule.single(activity, input.date().atTime(input.startTime()), length);
        }
        List<DayOfWeek> days = input.weekdays().stream().distinct().sorted().toList();
        String byDay;
        LocalDate first;
        if (input.kind() == Kind.WEEKLY) {
            byDay = days.stream().map(RecurrenceRule::icalDay).collect(Collectors.joining(","));
            first = input.date();
            while (!days.contains(first.getDayOfWeek())) {
                first = first.plusDays(1);
            }
        } else {
            DayOfWeek day = days.get(0);
            int week = input.weekOfMonth();
            byDay = week + icalDay(day);
            first = nthWeekday(input.date(), week, day);
            if (first.isBefore(input.date())) {
                first = nthWeekday(input.date().plusMonths(1).withDayOfMonth(1), week, day);
            }
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(input.kind().name()).append(";BYDAY=").append(byDay);
        if (input.until() != null) {
            rule.append(";UNTIL=").append(input.until().atTime(23, 59, 59).format(UNTIL));
        }
        Schedule schedule = Schedule.recurring(activity, first.atTime(input.startTime()), length, rule.toString(),
                Schedule.DEFAULT_ZONE);
        if (input.exceptions() != null) {
            input.exceptions().stream().filter(Objects::nonNull).distinct()
                    .forEach(exception -> schedule.addException(exception.atTime(input.startTime())));
        }
        return schedule;
    }

    /** The publisher's terms of a stored rule (null for a single date), or empty for a rule written elsewhere. */
    static Optional<Terms> read(String rule) {
        if (rule == null) {
            return Optional.of(new Terms(Kind.ONCE, List.of(), null, null));
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                return Optional.empty();
            }
            parts.put(pair[0].strip().toUpperCase(Locale.ROOT), pair[1].strip().toUpperCase(Locale.ROOT));
        }
        if (!List.of("FREQ", "BYDAY", "UNTIL").containsAll(parts.keySet()) || !parts.containsKey("BYDAY")) {
            return Optional.empty();
        }
        try {
            LocalDate until = parts.containsKey("UNTIL")
                    ? LocalDate.parse(parts.get("UNTIL").substring(0, Math.min(8, parts.get("UNTIL").length())),
                            UNTIL_DATE)
                    : null;
            String[] days = parts.get("BYDAY").split(",");
            if ("WEEKLY".equals(parts.get("FREQ"))) {
                List<DayOfWeek> weekdays = new ArrayList<>();
                for (String day : days) {
                    weekdays.add(dayOf(day).orElseThrow());
                }
                return Optional.of(new Terms(Kind.WEEKLY, weekdays, null, until));
            }
            if ("MONTHLY".equals(parts.get("FREQ")) && days.length == 1 && days[0].length() > 2) {
                String day = days[0];
                int week = Integer.parseInt(day.substring(0, day.length() - 2));
                DayOfWeek weekday = dayOf(day.substring(day.length() - 2)).orElseThrow();
                if (week == -1 || (week >= 1 && week <= 4)) {
                    return Optional.of(new Terms(Kind.MONTHLY, List.of(weekday), week, until));
                }
            }
        } catch (DateTimeParseException | NumberFormatException | NoSuchElementException e) {
            // Not a rule of the shape publishers write: shown as it is stored.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate nthWeekday(LocalDate inMonth, int week, DayOfWeek day) {
        return week == -1 ? inMonth.with(TemporalAdjusters.lastInMonth(day))
                : inMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    private static String icalDay(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static Optional<DayOfWeek> dayOf(String icalDay) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> icalDay(day).equals(icalDay)).findFirst();
    }
}
