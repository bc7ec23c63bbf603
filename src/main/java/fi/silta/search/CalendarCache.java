package fi.silta.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The public calendar files of searches, kept for a few minutes: each takes up to two search pages and every
 * upcoming session of up to 200 activities to make, and anyone may ask for one, as often as they like. A calendar
 * application asking again within {@link #KEPT} gets the same file, at no cost to the database or the search engine.
 */
@ApplicationScoped
class CalendarCache {

    /** How long a calendar file is served as it was made; it is also the browser's and proxies' max-age. */
    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 500;

    private record Made(Instant at, String calendar) {
    }

    private final Map<String, Made> made = new ConcurrentHashMap<>();
    private final Clock clock;

    CalendarCache(Clock clock) {
        this.clock = clock;
    }

    /** The calendar of the search the key names, made anew only when none was made within {@link #KEPT}. */
    String get(String key, Supplier<String> make) {
        Instant now = clock.instant();
        Made kept = made.get(key);
        if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
            return kept.calendar();
        }
        String calendar = make.get();
        if (made.size() >= MOST) {
            made.values().removeIf(m -> !m.at().plus(KEPT).isAfter(now));
            if (made.size() >= MOST) {
                made.clear();
            }
        }
        made.put(key, new Made(now, calendar));
        return calendar;
    }
}
