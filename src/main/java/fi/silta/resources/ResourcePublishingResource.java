package fi.silta.resources;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.resources.api.ResourceEdit;
import fi.silta.resources.api.ResourceInput;
import fi.silta.security.Role;

/**
 * Publishers keep their organisations' resources, admins every one and the county's own. Another's resource answers
 * 403; a change over a newer version 409; a bad value 400 naming the field; a document that is not a PDF 400 and one
 * over the size limit 413, both naming the field {@code document}.
 * <p>
 * The document is sent as the request's body ({@code Content-Type: application/pdf}, its name in
 * {@code Content-Disposition}), not as a form: page forms carry an anti-forgery token, which a bearer-token client
 * has no cookie for.
 */
@Path("/api/v1/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing resources")
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class ResourcePublishingResource {

    private final ResourceEditingService editing;

    ResourcePublishingResource(ResourceEditingService editing) {
        this.editing = editing;
    }

    @GET
    @Path("resources")
    @Operation(summary = "The resources the caller keeps, drafts and archived ones included")
    public List<ResourceEdit> kept(@QueryParam("lang") String lang) {
        return editing.kept(ResourceBankResource.language(lang));
    }

    @POST
    @Path("resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft resource (a link; a document is sent to it afterwards)")
    public Response create(@Valid @NotNull ResourceInput input, @QueryParam("lang") String lang) {
        ResourceEdit created = editing.create(input, null, ResourceBankResource.language(lang));
        return Response.created(URI.create("/api/v1/publishing/resources/" + created.id())).entity(created).build();
    }

    @GET
    @Path("resources/{id}")
    @Operation(summary = "One of the caller's resources")
    public ResourceEdit get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return editing.get(id, ResourceBankResource.language(lang));
    }

    @PUT
    @Path("resources/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a resource, naming the version the change started from")
    public ResourceEdit update(@PathParam("id") long id, @Valid @NotNull ResourceInput input,
            @QueryParam("lang") String lang) {
        return editing.update(id, input, null, ResourceBankResource.language(lang));
    }

    @PUT
    @Path("resources/{id}/document")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Put a PDF document (the body, application/pdf) in place of the resource's link or document")
    public ResourceEdit document(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam("Content-Disposition") String disposition, InputStream body,
            @QueryParam("lang") String lang) {
        DocumentUpload upload = DocumentUpload.read(fileName(disposition), type, body, editing.maxDocumentSize());
        return editing.attach(id, upload, ResourceBankResource.language(lang));
    }

    @POST
    @Path("resources/{id}/publish")
    @Operation(summary = "Publish a resource that has a link or a document")
    public ResourceEdit publish(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return editing.publish(id, ResourceBankResource.language(lang));
    }

    @POST
    @Path("resources/{id}/archive")
    @Operation(summary = "Archive a resource: no one finds it any more")
    public ResourceEdit archive(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return editing.archive(id, ResourceBankResource.language(lang));
    }

    /** The file name of a {@code Content-Disposition} header, if it gives one. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        for (String part : disposition.split(";")) {
            String trimmed = part.strip();
            if (trimmed.regionMatches(true, 0, "filename=", 0, 9)) {
                return trimmed.substring(9).replace("\"", "");
            }
        }
        return null;
    }
}
