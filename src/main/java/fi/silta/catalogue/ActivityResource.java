package fi.silta.catalogue;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.ActivityPage;
import fi.silta.common.Ids;
import fi.silta.common.Languages;
import fi.silta.search.ActivityQueryParser;
import fi.silta.search.ActivitySearchService;
import fi.silta.search.Suggestion;

/** The public catalogue API. Anyone may read published activities. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@PermitAll
class ActivityResource {

    /** Autocomplete lists stay short: a longer list is a search, not a suggestion. */
    private static final int SUGGESTIONS = 8;

    private final CatalogueService catalogue;
    private final CalendarExport calendar;
    private final ActivitySearchService search;
    private final ActivityQueryParser parser;

    ActivityResource(CatalogueService catalogue, CalendarExport calendar, ActivitySearchService search,
            ActivityQueryParser parser) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.search = search;
        this.parser = parser;
    }

    @GET
    @Operation(summary = "Search published activities with upcoming sessions", description = "Free text in every language (q), filters (municipality, category, targetGroup, language, "
            + "free, accessibility, organisationType), near=lat,lon or postalCode with radiusKm, dates "
            + "(from, to, weekday, timeOfDay), sort=relevance|distance|soonest, page from 1, size. "
            + "Repeatable filters take several values. Facet counts cover all hits.")
    public ActivityPage search(@Context UriInfo uri) {
        return search.search(parser.parse(uri.getQueryParameters()));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles completing what has been typed so far, for autocomplete")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        return search.suggest(q, Languages.parse(lang), SUGGESTIONS);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published activity with its next sessions")
    public ActivityDetail get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.get(Ids.parse("id", id), Languages.parse(lang));
    }

    @GET
    @Path("{id}.ics")
    @Produces(CalendarResource.CALENDAR)
    @Operation(summary = "One published activity's upcoming sessions as an iCalendar file")
    public Response calendar(@PathParam("id") String id, @QueryParam("lang") String lang) {
        long activityId = Ids.parse("id", id);
        return CalendarResource.file(calendar.activity(activityId, Languages.parse(lang)),
                "silta-activity-" + activityId + ".ics");
    }
}
