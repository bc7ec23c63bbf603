package fi.silta.search;

import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.catalogue.CalendarExport;
import fi.silta.common.Language;
import fi.silta.search.api.ActivitySearchParams;

/**
 * The calendar file (RFC 5545) of a search, for "add to calendar"; one activity's is the catalogue's. The same
 * search within a few minutes is answered from {@link CalendarCache}.
 */
@Path("/api/v1/activities.ics")
@Tag(name = "Activities")
@PermitAll
class SearchCalendarResource {

    /** A search's calendar holds at most this many activities: a calendar is not a catalogue dump. */
    static final int MAX_ACTIVITIES = 200;

    private final CalendarExport export;
    private final ActivitySearchService search;
    private final CalendarCache cache;

    SearchCalendarResource(CalendarExport export, ActivitySearchService search, CalendarCache cache) {
        this.export = export;
        this.search = search;
        this.cache = cache;
    }

    @GET
    @Produces(CalendarExport.MEDIA_TYPE)
    @Operation(summary = "The upcoming sessions of a search's activities (up to 200) as an iCalendar file", description = "Takes the same parameters as GET /api/v1/activities; page and size are ignored.")
    public Response search(@Valid @BeanParam ActivitySearchParams params, UriInfo uri) {
        Language language = Language.fromCode(params.lang()).orElse(Language.FI);
        String calendar = cache.get(new TreeMap<>(uri.getQueryParameters()).toString(),
                () -> export.activities(search.activityIds(params, MAX_ACTIVITIES), language));
        return Response.ok(calendar, CalendarExport.MEDIA_TYPE)
                .header("Content-Disposition", CalendarExport.attachment("silta-activities.ics"))
                .header("Cache-Control", "public, max-age=" + CalendarCache.KEPT.toSeconds()).build();
    }
}
