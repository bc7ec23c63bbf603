package fi.silta.referrals;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.ActivitiesInput;
import fi.silta.referrals.api.AssignmentInput;
import fi.silta.referrals.api.ConsentInput;
import fi.silta.referrals.api.ContactInput;
import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.CorrectionInput;
import fi.silta.referrals.api.NextStepInput;
import fi.silta.referrals.api.NextStepView;
import fi.silta.referrals.api.OverdueCase;
import fi.silta.referrals.api.PlaceView;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.ReturnInput;
import fi.silta.referrals.api.StepInput;
import fi.silta.referrals.api.Suggestion;
import fi.silta.referrals.api.TransitionInput;
import fi.silta.security.Role;

/**
 * Wellbeing referrals: nurses write them, coordinators assign them, link-persons work them to a close. Each
 * call reads or writes client data and is written to the client access log.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class ReferralResource {

    private final ReferralService referrals;
    private final ReferralQueries queries;
    private final CaseloadService caseload;
    private final PlaceService places;
    private final CasePlanService plans;
    private final ReferralCorrection correction;

    ReferralResource(ReferralService referrals, ReferralQueries queries, CaseloadService caseload, PlaceService places,
            CasePlanService plans, ReferralCorrection correction) {
        this.referrals = referrals;
        this.queries = queries;
        this.caseload = caseload;
        this.places = places;
        this.plans = plans;
        this.correction = correction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.NURSE)
    @Operation(summary = "Write a referral (sent at once unless send is false)")
    public Response create(@Valid @NotNull ReferralInput input) {
        ReferralView created = referrals.create(input);
        return Response.status(201).header("Location", "/api/v1/referrals/" + created.id()).entity(created).build();
    }

    @GET
    @Operation(summary = "A nurse's own referrals, a link-person's cases, a coordinator's county")
    public List<ReferralRow> list() {
        return caseload.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One referral with its history")
    public ReferralView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.NURSE, Role.COORDINATOR })
    @Operation(summary = "Correct an open referral (contact details, needs, urgency, ...); 409 on a stale version")
    public ReferralView correct(@PathParam("id") long id, @Valid @NotNull CorrectionInput input) {
        return correction.correct(id, input);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move to another status (FHIR Task code); 409 if the status does not allow it")
    public ReferralView move(@PathParam("id") long id, @Valid @NotNull TransitionInput input) {
        return referrals.move(id, input);
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Assign or reassign the case to a link-person")
    public ReferralView assign(@PathParam("id") long id, @Valid @NotNull AssignmentInput input) {
        return caseload.assign(id, input);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LINK_PERSON)
    @Operation(summary = "Give a case not yet accepted back to the coordinator, with a reason")
    public ReferralView giveBack(@PathParam("id") long id, @Valid @NotNull ReturnInput input) {
        return caseload.giveBack(id, input);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step of the link-person's work (first contact, activity agreed, ...)")
    public ReferralView step(@PathParam("id") long id, @Valid @NotNull StepInput input) {
        return referrals.reachStep(id, input);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a contact with the client (phone, meeting, message, accompanied visit)")
    public Response addContact(@PathParam("id") long id, @Valid @NotNull ContactInput input) {
        return Response.status(201).entity(referrals.addContact(id, input)).build();
    }

    @GET
    @Path("{id}/contacts")
    @Operation(summary = "The contact log of a case")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return queries.contacts(id);
    }

    @GET
    @Path("overdue")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "The county's cases without a contact or attendance in time")
    public List<OverdueCase> overdue() {
        return caseload.overdue();
    }

    @GET
    @Path("{id}/suggestions")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Link-persons who could take the case, best first")
    public List<Suggestion> suggestions(@PathParam("id") long id) {
        return caseload.suggestions(id);
    }

    @POST
    @Path("{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    @Operation(summary = "The activities the nurse suggests and, as the plan, one session of them")
    public ReferralView suggestActivities(@PathParam("id") long id, @Valid @NotNull ActivitiesInput input) {
        return referrals.suggestActivities(id, input);
    }

    @GET
    @Path("{id}/places")
    @Operation(summary = "The places held for the referral's client, the latest first")
    public List<PlaceView> places(@PathParam("id") long id) {
        return places.ofReferral(id);
    }

    @PUT
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    @Operation(summary = "Record the client's consent to one recipient, given or withdrawn (204 when the user no "
            + "longer sees the referral: a link-person whose own consent was withdrawn)")
    public Response consent(@PathParam("id") long id, @Valid @NotNull ConsentInput input) {
        ReferralView view = plans.changeConsent(id, input);
        return view == null ? Response.noContent().build() : Response.ok(view).build();
    }

    @GET
    @Path("{id}/next-step")
    @Operation(summary = "The case's next step: planned, else derived from the last step")
    public NextStepView nextStep(@PathParam("id") long id) {
        return plans.nextStep(id);
    }

    @PUT
    @Path("{id}/next-step")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    @Operation(summary = "Plan the case's next step and when it is due")
    public NextStepView planNextStep(@PathParam("id") long id, @Valid @NotNull NextStepInput input) {
        return plans.planNextStep(id, input);
    }
}
