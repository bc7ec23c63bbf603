package fi.silta.publishing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times on the publishers' pages, in Finnish time. Staff read day.month.year in every language; a
 * session is written as residents read it ({@link PublishingMessages#session_when}).
 */
final class Dates {

    /** Silta's activities take place in Finland; every wall-clock time is Finnish time. */
    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final String NONE = "–";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    private Dates() {
    }

    static String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(FINLAND));
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(FINLAND));
    }

    static String dateTime(LocalDateTime wallClock) {
        return wallClock == null ? NONE : DATE_TIME.format(wallClock);
    }

    /**
     * A wall-clock time in its zone, the zone named when it is not Finnish time: a feed's repeating rule kept in UTC
     * shows "1.3.2027 16.00 UTC" rather than a time two or three hours off without a word.
     */
    static String dateTime(LocalDateTime wallClock, String zone) {
        String time = dateTime(wallClock);
        return wallClock == null || zone == null || FINLAND.getId().equals(zone) ? time : time + " " + zone;
    }

    /** "ti 24.11. klo 10.00–11.00", "tis 24.11. kl. 10.00–11.00", "Tue 24 Nov, 10:00–11:00". */
    static String session(Instant start, Instant end, PublishingMessages text, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text.pattern_session_day(), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(text.pattern_time(), locale);
        return text.session_when(day.format(start.atZone(FINLAND)), time.format(start.atZone(FINLAND)),
                time.format(end.atZone(FINLAND)));
    }
}
