package fi.silta.publishing.web;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.web.Readable.As;

/** The form that adds a date or a series to an activity, as the browser sends it (see {@link ActivityForm}). */
class ScheduleForm {

    @RestForm
    @Readable(As.NUMBER)
    String version;
    @RestForm
    @OneOf(ScheduleInput.Kind.class)
    String kind;
    @RestForm
    @Readable(As.DATE)
    String date;
    @RestForm
    @Readable(As.TIME)
    String startTime;
    @RestForm
    @Readable(As.TIME)
    String endTime;
    @RestForm
    @OneOf(DayOfWeek.class)
    List<String> weekdays;
    @RestForm
    @Readable(As.NUMBER)
    String weekOfMonth;
    @RestForm
    @Readable(As.DATE)
    String until;
    @RestForm
    @Readable(As.DATES)
    String exceptions;

    ScheduleInput toInput() {
        return new ScheduleInput(FormText.wholeNumber(version).orElse(null),
                FormText.choice(ScheduleInput.Kind.class, kind).orElse(null), FormText.date(date).orElse(null),
                FormText.time(startTime).orElse(null), FormText.time(endTime).orElse(null),
                FormText.choices(DayOfWeek.class, weekdays), FormText.integer(weekOfMonth),
                FormText.date(until).orElse(null), FormText.dates(exceptions).orElse(List.of()));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("kind", kind);
        values.put("date", date);
        values.put("startTime", startTime);
        values.put("endTime", endTime);
        values.put("weekdays", String.join(",", FormText.list(weekdays)));
        values.put("weekOfMonth", weekOfMonth);
        values.put("until", until);
        values.put("exceptions", exceptions);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
