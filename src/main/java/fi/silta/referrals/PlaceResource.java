package fi.silta.referrals;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.AttendanceInput;
import fi.silta.referrals.api.CheckInInput;
import fi.silta.referrals.api.CheckInResult;
import fi.silta.referrals.api.OrganiserSession;
import fi.silta.security.Role;

/**
 * The organiser's side of held places: their sessions with the referred participants, attendance and check-in
 * codes, and the client's own check-in. A referral's places are read under the referral
 * ({@code /api/v1/referrals/{id}/places}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Held places")
class PlaceResource {

    private final PlaceService places;

    PlaceResource(PlaceService places) {
        this.places = places;
    }

    @GET
    @Path("organiser/sessions")
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    @Operation(summary = "The organiser's sessions to come with their held places; participants who consented")
    public List<OrganiserSession> sessions() {
        return places.organiserSessions();
    }

    @POST
    @Path("organiser/places/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    @Operation(summary = "Mark a participant as come or not come")
    public Response attendance(@PathParam("id") long id, @Valid @NotNull AttendanceInput input) {
        places.markAttendance(id, input);
        return Response.noContent().build();
    }

    @POST
    @Path("organiser/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    @Operation(summary = "Record attendance with the code on the client's sheet")
    public CheckInResult checkIn(@Valid @NotNull CheckInInput input) {
        return places.checkIn(input, true);
    }

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The client records their own attendance with the code on their sheet")
    public CheckInResult selfCheckIn(@Valid @NotNull CheckInInput input) {
        return places.checkIn(input, false);
    }
}
