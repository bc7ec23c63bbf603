package fi.silta.tasks;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.security.Role;
import fi.silta.tasks.api.ApprovalInput;
import fi.silta.tasks.api.HelperInput;
import fi.silta.tasks.api.HelperRecord;
import fi.silta.tasks.api.HelperView;
import fi.silta.tasks.api.ReasonInput;

/** Helpers, as their vetting organisation registers and approves them, and as they see themselves. */
@Path("/api/v1/helpers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Helping hands")
class HelperResource {

    private final HelperService helpers;

    HelperResource(HelperService helpers) {
        this.helpers = helpers;
    }

    @POST
    @RolesAllowed({ Role.VETTER, Role.ADMIN })
    @Operation(summary = "Register a helper for one's vetting organisation")
    public Response register(HelperInput input) {
        return Response.status(201).entity(helpers.register(input)).build();
    }

    @GET
    @RolesAllowed({ Role.VETTER, Role.ADMIN })
    @Operation(summary = "The helpers of the organisations the caller vets for")
    public List<HelperView> vetted() {
        return helpers.vetted();
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.HELPER)
    @Operation(summary = "The calling helper's registration")
    public HelperView me() {
        return helpers.me();
    }

    @GET
    @Path("me/record")
    @RolesAllowed(Role.HELPER)
    @Operation(summary = "The calling helper's tasks done and hours, for a job application")
    public HelperRecord record(@QueryParam("lang") String lang) {
        return helpers.record(TaskResource.language(lang));
    }

    @POST
    @Path("{id}/guardian-consent")
    @RolesAllowed({ Role.VETTER, Role.ADMIN })
    @Operation(summary = "Record that the guardian of an under-18 helper consented")
    public HelperView guardianConsent(@PathParam("id") long id) {
        return helpers.recordGuardianConsent(id);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({ Role.VETTER, Role.ADMIN })
    @Operation(summary = "Approve the helper until a day; an under-18 needs a recorded guardian consent")
    public HelperView approve(@PathParam("id") long id, ApprovalInput input) {
        return helpers.approve(id, input);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({ Role.VETTER, Role.ADMIN })
    @Operation(summary = "Withdraw the helper's approval with a reason")
    public HelperView withdraw(@PathParam("id") long id, ReasonInput input) {
        return helpers.withdraw(id, input);
    }
}
