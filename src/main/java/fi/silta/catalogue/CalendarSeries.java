package fi.silta.catalogue;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;

/**
 * One schedule as one iCalendar series: its first start, its duration, its rule, its extra dates (RDATE) and the
 * dates it does not take place (EXDATE: exceptions and cancelled sessions), all in the schedule's wall-clock time
 * under its TZID, so a weekly 10:00 group stays at 10:00 in the calendar across daylight saving time too.
 */
final class CalendarSeries {

    private CalendarSeries() {
    }

    static VEvent of(Schedule schedule, List<Occurrence> occurrences) {
        ZoneId zone = schedule.zone();
        SortedSet<LocalDateTime> notHeld = new TreeSet<>(schedule.exceptions());
        notHeld.addAll(schedule.cancelledDates());
        occurrences.stream().filter(Occurrence::cancelled)
                .forEach(o -> notHeld.add(LocalDateTime.ofInstant(o.startsAt(), zone)));
        // A date both added and excluded is not held: leave it out of RDATE rather than list it twice.
        SortedSet<LocalDateTime> extra = new TreeSet<>(schedule.extraDates());
        extra.removeAll(schedule.exceptions());
        VEvent event = new VEvent();
        if (schedule.allDay()) {
            event.add(new DtStart<>(schedule.firstStart().toLocalDate()));
            long days = Math.max(1, schedule.duration().toDays());
            event.add(new Duration(Period.ofDays((int) days)));
            addDates(event, extra, notHeld, LocalDateTime::toLocalDate, new ParameterList());
        } else {
            event.add(new DtStart<>(schedule.firstStart().atZone(zone)));
            event.add(new Duration(schedule.duration()));
            ParameterList tz = new ParameterList(List.of(new TzId(zone.getId())));
            addDates(event, extra, notHeld, d -> d.atZone(zone), tz);
        }
        if (schedule.rrule() != null) {
            event.add(new RRule<>(schedule.rrule()));
        }
        return event;
    }

    private static <T extends Temporal> void addDates(VEvent event, Collection<LocalDateTime> extra,
            Collection<LocalDateTime> notHeld, Function<LocalDateTime, T> asDate, ParameterList parameters) {
        if (!extra.isEmpty()) {
            event.add(new RDate<>(parameters, new DateList<>(extra.stream().map(asDate).toList())));
        }
        if (!notHeld.isEmpty()) {
            event.add(new ExDate<>(parameters, new DateList<>(notHeld.stream().map(asDate).toList())));
        }
    }
}
