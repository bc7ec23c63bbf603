package fi.silta.referrals;

import java.util.List;

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

import fi.silta.referrals.api.LinkRoundInput;
import fi.silta.referrals.api.WellbeingInput;
import fi.silta.referrals.api.WellbeingView;
import fi.silta.security.Role;

/** The client's wellbeing self-report on a referral; client data, every call in the client access log. */
@Path("/api/v1/referrals/{id}/wellbeing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class WellbeingResource {

    private final WellbeingService wellbeing;
    private final WellbeingLinks links;

    WellbeingResource(WellbeingService wellbeing, WellbeingLinks links) {
        this.wellbeing = wellbeing;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the client's WHO-5 and UCLA-3 answers of one round (start or follow-up)")
    public WellbeingView record(@PathParam("id") long id, @Valid @NotNull WellbeingInput input) {
        return wellbeing.record(id, input);
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A one-time link for the client to answer one round without signing in (shown once)")
    public Response link(@PathParam("id") long id, @Valid @NotNull LinkRoundInput input) {
        return Response.status(201).entity(links.make(id, input)).build();
    }

    @GET
    @Operation(summary = "The client's self-report rounds with their scores")
    public List<WellbeingView> read(@PathParam("id") long id) {
        return wellbeing.read(id);
    }
}
