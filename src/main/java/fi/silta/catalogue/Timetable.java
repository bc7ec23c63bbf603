package fi.silta.catalogue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An activity's schedules and the concrete sessions expanded from them, kept in step: a session belongs to a
 * schedule of its activity, a cancelled date of a schedule is a cancelled session, and a schedule that goes takes
 * its sessions with it. Works on the activity's own lists, so every change is the entity's change.
 */
final class Timetable {

    private final Activity activity;
    private final List<Schedule> schedules;
    private final List<Occurrence> occurrences;

    Timetable(Activity activity, List<Schedule> schedules, List<Occurrence> occurrences) {
        this.activity = activity;
        this.schedules = schedules;
        this.occurrences = occurrences;
    }

    Schedule add(Schedule schedule) {
        requireOwn(schedule);
        schedules.add(schedule);
        return schedule;
    }

    /** Removes a schedule with its sessions; past sessions of it go too, as the schedule was a mistake. */
    boolean remove(long scheduleId) {
        Schedule gone = schedules.stream().filter(s -> Long.valueOf(scheduleId).equals(s.id())).findFirst()
                .orElse(null);
        if (gone == null) {
            return false;
        }
        occurrences.removeIf(o -> o.schedule() == gone);
        schedules.remove(gone);
        return true;
    }

    /**
     * Calls off one session, or takes it back: the date stays in its series, marked, so residents and
     * referrals pointing at it see the cancellation.
     */
    boolean setCancelled(long occurrenceId, boolean cancelled) {
        Occurrence occurrence = occurrences.stream().filter(o -> Long.valueOf(occurrenceId).equals(o.id()))
                .findFirst().orElse(null);
        if (occurrence == null) {
            return false;
        }
        LocalDateTime local = LocalDateTime.ofInstant(occurrence.startsAt(), occurrence.schedule().zone());
        if (cancelled) {
            occurrence.schedule().cancelDate(local);
            occurrence.cancel();
        } else {
            occurrence.schedule().restoreDate(local);
            occurrence.restore();
        }
        return true;
    }

    /**
     * Replaces the schedules with the given ones, each built for this activity. Imports use this: the feed is
     * the truth about when an activity takes place. A schedule with the same timing as an existing one keeps the
     * existing one, so its occurrences keep their ids; only its cancelled dates are taken over. Occurrences of a
     * schedule that goes leave with it, and every occurrence's cancelled flag follows its schedule.
     *
     * @return whether anything changed
     */
    boolean replace(List<Schedule> replacements) {
        List<Schedule> remaining = new ArrayList<>(schedules);
        List<Schedule> result = new ArrayList<>();
        boolean changed = false;
        for (Schedule replacement : replacements) {
            requireOwn(replacement);
            Schedule same = remaining.stream().filter(s -> s.sameTimingAs(replacement)).findFirst().orElse(null);
            if (same == null) {
                result.add(replacement);
                changed = true;
            } else {
                remaining.remove(same);
                changed |= same.takeCancellationsFrom(replacement);
                result.add(same);
            }
        }
        if (!remaining.isEmpty()) {
            occurrences.removeIf(o -> remaining.stream().anyMatch(gone -> gone == o.schedule()));
            changed = true;
        }
        schedules.clear();
        schedules.addAll(result);
        for (Occurrence occurrence : occurrences) {
            boolean cancelled = occurrence.schedule().isCancelledAt(occurrence.startsAt());
            if (cancelled != occurrence.cancelled()) {
                if (cancelled) {
                    occurrence.cancel();
                } else {
                    occurrence.restore();
                }
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Brings the concrete occurrences within [from, to) in line with the schedules: new dates are added,
     * dates no longer scheduled are removed, and the cancelled flag of a date that stays is kept.
     * Occurrences outside the window are left alone, so past sessions stay on record.
     *
     * @return whether anything changed
     */
    boolean expand(ZonedDateTime from, ZonedDateTime to) {
        Instant windowStart = from.toInstant();
        Instant windowEnd = to.toInstant();
        Map<String, Occurrence> existing = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            if (!occurrence.startsAt().isBefore(windowStart) && occurrence.startsAt().isBefore(windowEnd)) {
                existing.put(key(occurrence.schedule(), occurrence.startsAt()), occurrence);
            }
        }
        boolean changed = false;
        for (Schedule schedule : schedules) {
            for (Interval interval : schedule.occurrencesBetween(from, to)) {
                Occurrence kept = existing.remove(key(schedule, interval.start()));
                if (kept == null) {
                    Occurrence created = new Occurrence(activity, schedule, interval);
                    if (schedule.isCancelledAt(interval.start())) {
                        created.cancel();
                    }
                    occurrences.add(created);
                    changed = true;
                } else if (!kept.endsAt().equals(interval.end())) {
                    kept.moveEnd(interval.end());
                    changed = true;
                }
            }
        }
        if (!existing.isEmpty()) {
            occurrences.removeAll(existing.values());
            changed = true;
        }
        if (changed) {
            occurrences.sort(Comparator.comparing(Occurrence::startsAt));
        }
        return changed;
    }

    /** The next sessions that have not ended, cancelled ones included so a resident sees the cancellation. */
    List<Occurrence> next(Instant now, int limit) {
        return occurrences.stream()
                .filter(o -> o.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Occurrence::startsAt))
                .limit(limit)
                .toList();
    }

    private void requireOwn(Schedule schedule) {
        if (schedule.activity() != activity) {
            throw new IllegalArgumentException("The schedule belongs to another activity");
        }
    }

    /** A new schedule has no id yet: it is told apart by identity until it is saved. */
    private static String key(Schedule schedule, Instant start) {
        String scheduleKey = schedule.id() != null ? "id" + schedule.id() : "new" + System.identityHashCode(schedule);
        return scheduleKey + "@" + start;
    }
}
