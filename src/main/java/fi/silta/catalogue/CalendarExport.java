package fi.silta.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Published activities as iCalendar (RFC 5545), so a resident or a nurse can put sessions into any calendar or
 * subscribe to them: one recurring series per schedule (its rule, its extra dates as RDATE, its exceptions and
 * cancelled sessions as EXDATE), in the schedule's wall-clock time with its VTIMEZONE, under a UID that stays the
 * same on every download so a calendar updates the series rather than adding a second copy. Schedules with no
 * session left are left out. Confidential addresses stay out.
 */
@ApplicationScoped
public class CalendarExport {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final ActivityRepository activities;
    private final Clock clock;
    private final String publicUrl;

    CalendarExport(ActivityRepository activities, Clock clock,
            @ConfigProperty(name = "silta.public-url") String publicUrl) {
        this.activities = activities;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The Content-Disposition of a calendar file: saved under the name rather than shown. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }

    /**
     * The address a calendar subscribes to for one activity: the same file as the download, under the
     * {@code webcal:} scheme that calendar applications open as a subscription they refresh.
     */
    public String subscription(long activityId, Language language) {
        return "webcal:" + publicUrl.substring(publicUrl.indexOf(':') + 1) + "/api/v1/activities/" + activityId
                + ".ics?lang=" + language.code();
    }

    /** One published activity's schedules. */
    @Transactional
    public String activity(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return write(List.of(activity), language);
    }

    /** The schedules of the given activities, in that order; unpublished ones are skipped. */
    @Transactional
    public String activities(List<Long> ids, Language language) {
        List<Activity> found = ids.stream().map(id -> activities.findById(id))
                .filter(a -> a != null && a.status() == ActivityStatus.PUBLISHED).toList();
        return write(found, language);
    }

    private String write(List<Activity> list, Language language) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Silta//Wellbeing activities//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (list.size() == 1) {
            // The name a calendar shows for a subscription to one activity.
            calendar.add(new XProperty("X-WR-CALNAME", list.get(0).title().resolve(language)));
        }
        String host = URI.create(publicUrl).getHost();
        Set<ZoneId> zones = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (Activity activity : list) {
            Map<Schedule, List<Occurrence>> bySchedule = new LinkedHashMap<>();
            for (Occurrence occurrence : activity.occurrences()) {
                bySchedule.computeIfAbsent(occurrence.schedule(), s -> new ArrayList<>()).add(occurrence);
            }
            for (Map.Entry<Schedule, List<Occurrence>> entry : bySchedule.entrySet()) {
                if (entry.getValue().stream().noneMatch(o -> o.endsAt().isAfter(now))) {
                    continue;
                }
                VEvent event = CalendarSeries.of(entry.getKey(), entry.getValue());
                // The same UID on every download, so a calendar updates the series instead of adding a copy.
                event.add(new Uid("activity-" + activity.id() + "-schedule-" + entry.getKey().id() + "@" + host));
                describe(event, activity, language);
                zones.add(entry.getKey().zone());
                events.add(event);
            }
        }
        zones.forEach(zone -> calendar.add(CalendarZones.of(zone)));
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void describe(VEvent event, Activity activity, Language language) {
        event.add(new Summary(activity.title().resolve(language)));
        String summary = activity.summary() == null ? null : activity.summary().resolve(language);
        String page = publicUrl + "/activities/" + activity.id() + "?lang=" + language.code();
        event.add(new Description((summary == null ? "" : summary + "\n\n") + page));
        event.add(new Url(URI.create(page)));
        Place place = activity.place();
        if (place != null) {
            String name = place.name() == null ? null : place.name().resolve(language);
            String address = place.addressConfidential() ? null : ActivityMapper.address(place);
            String where = name == null ? address : address == null ? name : name + ", " + address;
            if (where != null) {
                event.add(new Location(where));
            }
            if (!place.addressConfidential() && place.latitude() != null && place.longitude() != null) {
                event.add(new Geo(BigDecimal.valueOf(place.latitude()), BigDecimal.valueOf(place.longitude())));
            }
        } else if (activity.online() && activity.onlineUrl() != null) {
            event.add(new Location(activity.onlineUrl()));
        }
    }
}
