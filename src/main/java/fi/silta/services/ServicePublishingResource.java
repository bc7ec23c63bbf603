package fi.silta.services;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.security.Role;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ServiceEdit;
import fi.silta.services.api.ServiceInput;

/**
 * Publishers keep their organisations' ongoing services, with what professionals only may read. Another
 * organisation's services answer 403; a change over a newer version 409; a bad value 400 naming the field.
 */
@Path("/api/v1/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing services")
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class ServicePublishingResource {

    private final ServiceEditingService editing;

    ServicePublishingResource(ServiceEditingService editing) {
        this.editing = editing;
    }

    @GET
    @Path("organisations/{organisationId}/services")
    @Operation(summary = "An organisation's own services, drafts and archived ones included")
    public List<ServiceEdit> list(@PathParam("organisationId") long organisationId, @QueryParam("lang") String lang) {
        return editing.ofOrganisation(organisationId, ServiceResource.language(lang));
    }

    @POST
    @Path("organisations/{organisationId}/services")
    @Operation(summary = "Create a service (published at once when published is true)")
    public Response create(@PathParam("organisationId") long organisationId, @Valid @NotNull ServiceInput input,
            @QueryParam("lang") String lang) {
        ServiceEdit created = editing.create(organisationId, input, ServiceResource.language(lang));
        return Response.created(URI.create("/api/v1/publishing/services/" + created.id())).entity(created).build();
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One of the caller's services with its notes for professionals")
    public ServiceEdit get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return editing.get(id, ServiceResource.language(lang));
    }

    @PUT
    @Path("services/{id}")
    @Operation(summary = "Change a service, naming the version the change started from")
    public ServiceEdit update(@PathParam("id") long id, @Valid @NotNull ServiceInput input,
            @QueryParam("lang") String lang) {
        return editing.update(id, input, ServiceResource.language(lang));
    }

    @PUT
    @Path("organisations/{organisationId}/professional-notes")
    @Operation(summary = "What professionals only may read about all of the organisation's services")
    public Response organisationNotes(@PathParam("organisationId") long organisationId,
            @Valid @NotNull ProfessionalInput input) {
        editing.writeOrganisationNotes(organisationId, input);
        return Response.noContent().build();
    }
}
