package fi.silta.fhir;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The read-only FHIR R4 view of a referral ({@code docs/fhir.md}): its Task, ServiceRequest, the client's consents
 * and a minimal Patient, shaped as the SDOH Clinical Care IG shapes a referral, and the CapabilityStatement. Each
 * read passes the referral's own access check and is written to the client-data access log. Errors are
 * OperationOutcomes that name no client data; ids are the referral's number ({@code Consent/{id}-{recipient}}).
 */
@Path("/fhir")
@Produces({ FhirJson.MEDIA_TYPE, "application/json" })
@Tag(name = "FHIR R4")
@Authenticated
class FhirResource {

    private final FhirReferrals referrals;
    private final FhirJson json;

    FhirResource(FhirReferrals referrals, FhirJson json) {
        this.referrals = referrals;
        this.json = json;
    }

    @GET
    @Path("metadata")
    @PermitAll
    @Operation(summary = "The CapabilityStatement: which resources this FHIR view reads")
    public Response metadata() {
        return json.ok(FhirCapabilities.statement());
    }

    @GET
    @Path("Task/{id: [0-9]{1,18}}")
    @Operation(summary = "The referral as a FHIR Task: its status and, as business status, the link-person's step")
    public Response task(@PathParam("id") long id) {
        return json.ok(referrals.task(id));
    }

    @GET
    @Path("ServiceRequest/{id: [0-9]{1,18}}")
    @Operation(summary = "The referral as a FHIR ServiceRequest: what the nurse asked for and why")
    public Response serviceRequest(@PathParam("id") long id) {
        return json.ok(referrals.serviceRequest(id));
    }

    @GET
    @Path("Patient/{id: [0-9]{1,18}}")
    @Operation(summary = "The referral's client as a minimal FHIR Patient")
    public Response patient(@PathParam("id") long id) {
        return json.ok(referrals.patient(id));
    }

    @GET
    @Path("Consent/{id: [0-9]{1,18}}-{recipient: [a-z-]{1,40}}")
    @Operation(summary = "One consent of the referral's client, by recipient (link-person, activity-organiser ...)")
    public Response consent(@PathParam("id") long id, @PathParam("recipient") String recipient) {
        return json.ok(referrals.consent(id, recipient));
    }

    @GET
    @Path("{type}/{id}")
    @Operation(hidden = true)
    public Response unknownResource(@PathParam("type") String type) {
        throw new NotFoundException();
    }

    @GET
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response unknownPath() {
        throw new NotFoundException();
    }

    @POST
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response post() {
        throw new NotAllowedException("GET");
    }

    @PUT
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response put() {
        throw new NotAllowedException("GET");
    }

    @DELETE
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response delete() {
        throw new NotAllowedException("GET");
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e) {
        return json.outcome(401, IssueType.LOGIN, "Sign in with a bearer token", "WWW-Authenticate", "Bearer");
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return json.outcome(403, IssueType.FORBIDDEN, "Not allowed for this referral");
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return json.outcome(404, IssueType.NOTFOUND, "No such resource in this FHIR view");
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e) {
        return json.outcome(405, IssueType.NOTSUPPORTED, "This FHIR view is read-only", "Allow", "GET");
    }

    /** Other refusals of the request itself (406 and the like). */
    @ServerExceptionMapper
    Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return json.outcome(status, status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING,
                "The request cannot be answered as asked");
    }
}
