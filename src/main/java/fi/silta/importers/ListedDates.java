package fi.silta.importers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dates an event feed lists one by one, turned into Silta schedules: dates of the same length share one
 * schedule (its first date plus extra dates), so a weekly course of forty dates is one schedule, not forty.
 */
public final class ListedDates {

    /** One listed date, in the feed's wall-clock time. */
    public record Session(LocalDateTime start, Duration duration, boolean cancelled) {
    }

    private ListedDates() {
    }

    public static List<ImportedSchedule> schedules(List<Session> sessions, ZoneId zone) {
        if (sessions.isEmpty()) {
            throw new RecordException("has no date");
        }
        Map<Duration, List<Session>> byLength = new TreeMap<>();
        for (Session session : sessions) {
            if (session.duration().isNegative()) {
                throw new RecordException("ends before it starts");
            }
            byLength.computeIfAbsent(session.duration(), k -> new ArrayList<>()).add(session);
        }
        List<ImportedSchedule> schedules = new ArrayList<>();
        for (Map.Entry<Duration, List<Session>> group : byLength.entrySet()) {
            List<Session> ordered = group.getValue().stream().sorted(Comparator.comparing(Session::start)).distinct()
                    .toList();
            Session first = ordered.get(0);
            SortedSet<LocalDateTime> extra = new TreeSet<>();
            SortedSet<LocalDateTime> cancelled = new TreeSet<>();
            for (Session session : ordered) {
                if (session != first) {
                    extra.add(session.start());
                }
                if (session.cancelled()) {
                    cancelled.add(session.start());
                }
            }
            extra.remove(first.start());
            schedules.add(new ImportedSchedule(first.start(), group.getKey(), false, null, zone, extra, new TreeSet<>(),
                    cancelled));
        }
        return schedules;
    }
}
