package fi.silta.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Published activities as iCalendar (RFC 5545), so a resident or a nurse can put sessions into any
 * calendar: one event per upcoming session, times in UTC, cancelled sessions marked cancelled so a
 * calendar that imported them earlier shows the cancellation. Confidential addresses stay out.
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

    /** One published activity's upcoming sessions. */
    @Transactional
    public String activity(long id, Language language) {
        Activity activity = activities.findByIdOptional(id)
                .filter(a -> a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Activity " + id));
        return write(List.of(activity), language);
    }

    /** The upcoming sessions of the given activities, in that order; unpublished ones are skipped. */
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
        String host = URI.create(publicUrl).getHost();
        for (Activity activity : list) {
            for (Occurrence occurrence : activity.occurrences()) {
                if (!occurrence.endsAt().isAfter(now)) {
                    continue;
                }
                VEvent event = new VEvent(occurrence.startsAt(), occurrence.endsAt(), activity.title().resolve(language));
                event.add(new Uid("occurrence-" + occurrence.id() + "@" + host));
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
                if (occurrence.cancelled()) {
                    event.add(new Status(Status.VALUE_CANCELLED));
                }
                calendar.add(event);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
