package fi.silta.organisations;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.api.OrganisationRequestInput;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.RejectionInput;
import fi.silta.organisations.api.RequestPage;
import fi.silta.organisations.api.RequestReceived;
import fi.silta.security.Role;
import fi.silta.security.Throttled;

/** Organisations ask to be listed; admins approve or reject. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
class OrganisationRequestResource {

    private final OrganisationAdminService service;

    OrganisationRequestResource(OrganisationAdminService service) {
        this.service = service;
    }

    @POST
    @Path("organisation-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Throttled
    @Operation(summary = "Ask for an organisation to be listed in Silta; an admin decides; anonymous requests are"
            + " limited per address and overall (429 with Retry-After beyond)")
    public Response submit(@Valid @NotNull OrganisationRequestInput input, @QueryParam("lang") String lang) {
        RequestReceived received = service.submit(input, language(lang));
        return Response.status(201).entity(received).build();
    }

    @GET
    @Path("admin/organisation-requests")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A page of the requests with a status (PENDING by default), oldest first; X-Total-Count"
            + " says how many there are")
    public Response list(@QueryParam("status") String status, @QueryParam("lang") String lang,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size) {
        RequestStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? RequestStatus.PENDING
                    : RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("status", "must be PENDING, APPROVED or REJECTED");
        }
        RequestPage found = service.requests(wanted, page, size, language(lang));
        return Response.ok(found.items()).header("X-Total-Count", found.total()).build();
    }

    @POST
    @Path("admin/organisation-requests/{id}/approve")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Approve: the organisation is created; 409 if already decided or its business id is listed")
    public OrganisationRequestView approve(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return service.approve(id, language(lang));
    }

    @POST
    @Path("admin/organisation-requests/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Reject with a reason; 409 if already decided")
    public OrganisationRequestView reject(@PathParam("id") long id, @Valid @NotNull RejectionInput rejection,
            @QueryParam("lang") String lang) {
        return service.reject(id, rejection, language(lang));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }
}
