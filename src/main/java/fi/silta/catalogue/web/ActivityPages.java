package fi.silta.catalogue.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.ActivityMapper;
import fi.silta.catalogue.CalendarExport;
import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.CodeLabel;
import fi.silta.catalogue.api.OccurrenceView;
import fi.silta.catalogue.api.OrganisationProfile;
import fi.silta.catalogue.api.PlaceDetail;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;

/**
 * The public pages of one activity (with a print view) and of one organisation. An unknown, unpublished or
 * malformed id answers the same "not found" page: a draft's existence is nobody's business.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class ActivityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activity(Chrome chrome, ActivityView activity, String backHref,
                PlainView plain, String subscribeHref);

        static native TemplateInstance organisation(Chrome chrome, OrganisationView organisation);

        static native TemplateInstance notFound(Chrome chrome);
    }

    private static final int NO_UPPER_AGE = 99;
    private static final Pattern SEARCH_QUERY = Pattern.compile("[A-Za-z0-9%=&._~+-]*");

    private final CatalogueService catalogue;
    private final CalendarExport calendar;
    private final PageContext context;

    ActivityPages(CatalogueService catalogue, CalendarExport calendar, PageContext context) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.context = context;
    }

    @GET
    @Path("activities/{id}")
    public Response activity(@PathParam("id") String id, @QueryParam("print") String print,
            @QueryParam("search") String search, @QueryParam("selko") String selko) {
        ActivityDetail detail;
        try {
            detail = catalogue.get(Long.parseLong(id), context.language());
        } catch (NumberFormatException | ProblemException e) {
            return notFound();
        }
        Chrome chrome = "true".equals(print) ? context.printChrome(detail.title()) : context.chrome(detail.title());
        boolean plain = "true".equals(selko);
        return page(Response.ok(), Templates.activity(chrome,
                view(detail, context.language(), context.messages(CatalogueMessages.class)), backHref(search, plain),
                plain(detail, search, plain), calendar.subscription(detail.id(), context.language())));
    }

    /** The easy-read texts when the resident has switched to them, and the link that switches. */
    private PlainView plain(ActivityDetail d, String search, boolean on) {
        String lang = context.language().code();
        String kept = search == null || !SEARCH_QUERY.matcher(search).matches() || search.length() > 2000 ? ""
                : "&search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        String href = "/activities/" + d.id() + "?lang=" + lang + (on ? "" : "&selko=true") + kept;
        return new PlainView(on, on ? d.easyReadTitle() : null, on ? d.easyRead() : null, lang, href,
                on || d.easyReadTitle() != null || d.easyRead() != null);
    }

    /**
     * Back to the search the resident came from: the search page's links carry its query string in {@code search}.
     * Only a query string is taken (letters, digits and URL escapes), so the link cannot lead off the search page.
     */
    private String backHref(String search, boolean plain) {
        String lang = "lang=" + context.language().code() + (plain ? "&selko=true" : "");
        if (search == null || search.length() > 2000 || !SEARCH_QUERY.matcher(search).matches()) {
            return "/?" + lang;
        }
        // The plain-language switch inside the kept search is set as this page has it now.
        String kept = Arrays.stream(search.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("selko="))
                .collect(Collectors.joining("&"));
        return "/?" + (kept.isEmpty() ? "" : kept + "&") + lang;
    }

    @GET
    @Path("organisations/{id}")
    public Response organisation(@PathParam("id") String id) {
        OrganisationProfile profile;
        try {
            profile = catalogue.organisation(Long.parseLong(id), context.language());
        } catch (NumberFormatException | ProblemException e) {
            return notFound();
        }
        CatalogueMessages msg = context.messages(CatalogueMessages.class);
        OrganisationView view = new OrganisationView(profile.name(), profile.type(), profile.municipalities(),
                profile.email(), profile.phone(), profile.website(),
                profile.activities().stream().map(a -> new OrganisationView.Upcoming("/activities/" + a.id(),
                        a.title(), a.nextStart() == null ? null
                                : msg.organisation_next(when(a.nextStart(), a.nextEnd(), context.language(), msg)),
                        a.place())).toList(),
                profile.description(), profile.descriptionLanguage(), profile.address());
        return page(Response.ok(), Templates.organisation(context.chrome(profile.name()), view));
    }

    private Response notFound() {
        String title = context.messages(PageMessages.class).not_found_title();
        return page(Response.status(404), Templates.notFound(context.chrome(title)));
    }

    private Response page(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(context.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    static ActivityView view(ActivityDetail d, Language language, CatalogueMessages msg) {
        List<ActivityView.Session> sessions = new ArrayList<>();
        for (OccurrenceView o : d.nextOccurrences()) {
            sessions.add(new ActivityView.Session(when(o.start(), o.end(), language, msg), o.cancelled(), o.placesLeft()));
        }
        PlaceDetail place = d.place();
        String address = null;
        String map = null;
        if (place != null && !place.addressConfidential()) {
            List<String> parts = new ArrayList<>();
            if (place.streetAddress() != null) {
                parts.add(place.streetAddress());
            }
            String town = ((place.postalCode() == null ? "" : place.postalCode() + " ")
                    + (place.municipality() == null ? "" : place.municipality().name())).strip();
            if (!town.isEmpty()) {
                parts.add(town);
            }
            address = parts.isEmpty() ? null : String.join(", ", parts);
            if (place.lat() != null && place.lon() != null) {
                map = "https://www.openstreetmap.org/?mlat=" + place.lat() + "&mlon=" + place.lon() + "#map=17/"
                        + place.lat() + "/" + place.lon();
            }
        }
        String age = age(d.ageMin(), d.ageMax(), msg);
        List<String> description = d.description() == null ? List.of()
                : List.of(d.description().split("\\R\\s*\\R")).stream().map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
        boolean required = d.registration() != null && "REQUIRED".equals(d.registration().type());
        ActivityDetail.ContactView contact = d.contact();
        return new ActivityView(d.id(), d.title(), d.summary(), description, d.easyRead(), sessions,
                place == null ? null : place.name(), address, place != null && place.addressConfidential(), map,
                accessibility(d, msg),
                d.free() ? msg.activity_free() : d.price(), age,
                d.languages().stream().map(code -> ActivityMapper.languageName(code, language)).toList(), required,
                required ? d.registration().url() : null, required ? d.registration().phone() : null,
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(), d.organisation().id(), d.organisation().name(),
                "/api/v1/activities/" + d.id() + ".ics?lang=" + language.code(),
                "/activities/" + d.id() + "?print=true&lang=" + language.code(), d.online(), d.onlineUrl(),
                d.categories().stream().map(CodeLabel::label).toList(), d.capacity(), d.infoUrl(),
                d.lastVerifiedAt() == null ? null
                        : DateTimeFormatter.ofPattern(msg.date_pattern(), language.locale())
                                .format(d.lastVerifiedAt().atZone(Schedule.DEFAULT_ZONE)));
    }

    /**
     * What the activity and its place offer, as one list: a wheelchair user who filtered search by the place's
     * step-free entrance finds it confirmed here.
     */
    private static List<String> accessibility(ActivityDetail d, CatalogueMessages msg) {
        Set<AccessibilityFeature> features = EnumSet.noneOf(AccessibilityFeature.class);
        if (d.place() != null && d.place().accessibility() != null) {
            d.place().accessibility().forEach(key -> features.add(AccessibilityFeature.valueOf(key)));
        }
        d.accessibility().forEach(key -> features.add(AccessibilityFeature.valueOf(key)));
        return features.stream().map(msg::accessibility).toList();
    }

    /**
     * "60 v. ja vanhemmat", "18–29 v.", "enintään 12 v.": an upper age of 99 or more is no limit anyone means, so
     * it reads as "and older".
     */
    static String age(Integer min, Integer max, CatalogueMessages msg) {
        Integer upper = max != null && max >= NO_UPPER_AGE ? null : max;
        if (upper == null) {
            return min == null || min == 0 ? null : msg.activity_age_from(min);
        }
        return min == null || min == 0 ? msg.activity_age_up_to(upper) : msg.activity_age_range(min, upper);
    }

    /** "ti 24.11. klo 10.00–11.00", in Finnish time whatever the zone a feed gave the session. */
    static String when(OffsetDateTime start, OffsetDateTime end, Language language, CatalogueMessages msg) {
        ZonedDateTime from = start.atZoneSameInstant(Schedule.DEFAULT_ZONE);
        ZonedDateTime to = end.atZoneSameInstant(Schedule.DEFAULT_ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(msg.session_time(), language.locale());
        return msg.session_when(DateTimeFormatter.ofPattern(msg.session_day(), language.locale()).format(from),
                time.format(from), time.format(to));
    }
}
