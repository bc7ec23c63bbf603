package fi.silta.publishing.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fi.silta.publishing.api.ActivityEdit.ScheduleView;
import fi.silta.publishing.api.ScheduleInput.Kind;

/**
 * A schedule as people say it: "joka tiistai klo 10.00–11.00, 8.12.2026–25.5.2027", "varje tisdag kl.
 * 10.00–11.00, …", "every Tuesday, 10:00–11:00, …". A rule written elsewhere that has no such terms reads "repeats
 * regularly" with its times and dates; the stored iCalendar rule is never shown.
 */
final class ScheduleWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final PublishingMessages text;
    private final Locale locale;
    private final DateTimeFormatter time;

    ScheduleWords(PublishingMessages text, Locale locale) {
        this.text = text;
        this.locale = locale;
        this.time = DateTimeFormatter.ofPattern(text.pattern_time(), locale);
    }

    String describe(ScheduleView schedule) {
        LocalDateTime start = schedule.firstStart();
        String from = time.format(start);
        String to = time.format(start.plusMinutes(schedule.minutes()));
        String zone = schedule.timeZone() == null || Dates.FINLAND.getId().equals(schedule.timeZone()) ? ""
                : " " + schedule.timeZone();
        if (schedule.kind() == null) {
            return text.recurrence_other(from, to) + zone + ", " + period(start.toLocalDate(), schedule.until())
                    + exceptions(schedule.exceptions());
        }
        String when = switch (schedule.kind()) {
            case ONCE -> text.recurrence_once(DateTimeFormatter.ofPattern("EEE d.M.yyyy", locale).format(start), from,
                    to);
            case WEEKLY -> text.recurrence_weekly(days(schedule.weekdays()), from, to);
            case MONTHLY -> text.recurrence_monthly(
                    WeekOfMonth.of(schedule.weekOfMonth()).map(text::week).orElse(""),
                    schedule.weekdays().stream().findFirst().map(this::day).orElse(""), from, to);
        };
        if (schedule.kind() == Kind.ONCE) {
            return when + zone;
        }
        return when + zone + ", " + period(start.toLocalDate(), schedule.until()) + exceptions(schedule.exceptions());
    }

    private String period(LocalDate first, LocalDate until) {
        return until == null ? text.recurrence_from(DATE.format(first))
                : DATE.format(first) + "–" + DATE.format(until);
    }

    private String exceptions(List<LocalDateTime> exceptions) {
        if (exceptions == null || exceptions.isEmpty()) {
            return "";
        }
        return " (" + text.recurrence_except(exceptions.stream().map(DATE::format).collect(Collectors.joining(", ")))
                + ")";
    }

    private String days(List<DayOfWeek> weekdays) {
        List<String> names = new ArrayList<>(weekdays.stream().map(this::day).toList());
        if (names.size() < 2) {
            return String.join("", names);
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " " + text.list_and() + " " + last;
    }

    private String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }
}
