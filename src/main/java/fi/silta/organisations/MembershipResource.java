package fi.silta.organisations;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.common.Language;
import fi.silta.organisations.api.Username;
import fi.silta.security.Role;

/** Which publishers act for an organisation, besides those the identity provider's claim names. */
@Path("/api/v1/admin/organisations/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@RolesAllowed(Role.ADMIN)
class MembershipResource {

    private final OrganisationAdminService service;

    MembershipResource(OrganisationAdminService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The user names of the organisation's publishers")
    public List<String> members(@PathParam("id") long id) {
        return service.organisation(id, Language.FI).members();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Make a user a publisher of the organisation")
    public Response add(@PathParam("id") long id, @PathParam("username") @Username String username) {
        service.addMember(id, username, Language.FI);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "End a user's membership; 404 if they were not a member")
    public Response remove(@PathParam("id") long id, @PathParam("username") @Username String username) {
        service.removeMember(id, username, Language.FI);
        return Response.noContent().build();
    }
}
