package fi.silta.catalogue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE for a zone, written from Java's own zone rules: a calendar needs it to place the wall-clock times
 * of a series (10:00 every Tuesday stays 10:00 across daylight saving time), and Java's rules are the ones
 * Silta expanded the sessions with, so the file and the pages agree. Nothing is fetched from the network.
 */
final class CalendarZones {

    private CalendarZones() {
    }

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            // No daylight saving time (or none any more): one observance at the current offset.
            ZoneOffset offset = rules.getOffset(Instant.now());
            Standard standard = new Standard();
            standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            timeZone.add(standard);
            return timeZone;
        }
        for (ZoneOffsetTransitionRule rule : transitions) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new Daylight() : new Standard();
            observance.add(new DtStart<>(rule.createTransition(1970).getDateTimeBefore()));
            observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
            observance.add(new TzOffsetTo(rule.getOffsetAfter()));
            observance.add(new RRule<>(yearly(rule)));
            timeZone.add(observance);
        }
        return timeZone;
    }

    /** The rule's day as an RFC 5545 yearly rule, e.g. the last Sunday of March: BYMONTH=3;BYDAY=-1SU. */
    private static String yearly(ZoneOffsetTransitionRule rule) {
        int month = rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + day;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        if (day < 0) {
            // "on or before the day counted from the month's end": only the last week is written that way.
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1" + weekday;
        }
        if (rule.getMonth().maxLength() - day == 6) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1" + weekday;
        }
        if ((day - 1) % 7 == 0) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday;
        }
        StringBuilder days = new StringBuilder();
        for (int d = day; d < day + 7; d++) {
            days.append(d == day ? "" : ",").append(d);
        }
        return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + days + ";BYDAY=" + weekday;
    }
}
