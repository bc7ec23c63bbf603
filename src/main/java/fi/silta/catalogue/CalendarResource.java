package fi.silta.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.catalogue.api.ActivityPage;
import fi.silta.catalogue.api.ActivitySummary;
import fi.silta.search.ActivityQuery;
import fi.silta.search.ActivityQueryParser;
import fi.silta.search.ActivitySearchService;

/** The calendar file (RFC 5545) of a search, for "add to calendar"; one activity's is in {@link ActivityResource}. */
@Path("/api/v1/activities.ics")
@Tag(name = "Activities")
@PermitAll
class CalendarResource {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    /** A search's calendar holds at most this many activities: a calendar is not a catalogue dump. */
    static final int MAX_ACTIVITIES = 200;

    private final CalendarExport export;
    private final ActivitySearchService search;
    private final ActivityQueryParser parser;

    CalendarResource(CalendarExport export, ActivitySearchService search, ActivityQueryParser parser) {
        this.export = export;
        this.search = search;
        this.parser = parser;
    }

    @GET
    @Produces(CALENDAR)
    @Operation(summary = "The upcoming sessions of a search's activities (up to 200) as an iCalendar file", description = "Takes the same parameters as GET /api/v1/activities; page and size are ignored.")
    public Response search(@Context UriInfo uri) {
        ActivityQuery query = parser.parse(uri.getQueryParameters());
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ids.size() < MAX_ACTIVITIES; page++) {
            ActivityPage result = search.search(pageOf(query, page));
            result.items().stream().map(ActivitySummary::id).forEach(ids::add);
            if (result.items().size() < 100 || (long) page * 100 >= result.total()) {
                break;
            }
        }
        return file(export.activities(ids.subList(0, Math.min(ids.size(), MAX_ACTIVITIES)), query.language()),
                "silta-activities.ics");
    }

    private static ActivityQuery pageOf(ActivityQuery query, int page) {
        return new ActivityQuery(query.text(), query.language(), query.municipalities(), query.categories(),
                query.targetGroups(), query.languages(), query.free(), query.accessibility(), query.near(),
                query.radiusKm(), query.postalCode(), query.from(), query.to(), query.weekdays(), query.timesOfDay(),
                query.organisationTypes(), query.sort(), page, 100);
    }

    static Response file(String body, String filename) {
        return Response.ok(body, CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
