package fi.silta.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.common.Ids;
import fi.silta.common.Languages;

/** One activity of the public catalogue. Anyone may read published activities; searching them is the search's. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@PermitAll
class ActivityResource {

    private final CatalogueService catalogue;
    private final CalendarExport calendar;

    ActivityResource(CatalogueService catalogue, CalendarExport calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published activity with its next sessions")
    public ActivityDetail get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.get(Ids.parse("id", id), Languages.parse(lang));
    }

    @GET
    @Path("{id}.ics")
    @Produces(CalendarExport.MEDIA_TYPE)
    @Operation(summary = "One published activity's upcoming sessions as an iCalendar file")
    public Response calendar(@PathParam("id") String id, @QueryParam("lang") String lang) {
        long activityId = Ids.parse("id", id);
        return Response.ok(calendar.activity(activityId, Languages.parse(lang)), CalendarExport.MEDIA_TYPE)
                .header("Content-Disposition", CalendarExport.attachment("silta-activity-" + activityId + ".ics"))
                .build();
    }
}
