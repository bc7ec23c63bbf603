package fi.silta.tasks;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import fi.silta.common.Language;
import fi.silta.organisations.api.Username;
import fi.silta.security.Role;
import fi.silta.tasks.api.ClaimView;
import fi.silta.tasks.api.CompletionInput;
import fi.silta.tasks.api.FeedbackInput;
import fi.silta.tasks.api.ReasonInput;
import fi.silta.tasks.api.TaskFigures;
import fi.silta.tasks.api.TaskInput;
import fi.silta.tasks.api.TaskView;

/** Helping tasks: posted by hosts (or by a link-person for a referred client), claimed by vetted helpers. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Helping hands")
class TaskResource {

    private final TaskService tasks;
    private final ClaimService claims;
    private final TaskFiguresService figures;
    private final TaskGrantService grants;

    TaskResource(TaskService tasks, ClaimService claims, TaskFiguresService figures, TaskGrantService grants) {
        this.tasks = tasks;
        this.claims = claims;
        this.figures = figures;
        this.grants = grants;
    }

    @POST
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "Post a task for a host organisation, or an accompaniment for a referral one works")
    public Response post(TaskInput input, @QueryParam("lang") String lang) {
        return Response.status(201).entity(tasks.post(input, language(lang))).build();
    }

    @GET
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "The tasks the caller hosts")
    public List<TaskView> hosted(@QueryParam("lang") String lang) {
        return tasks.hosted(language(lang));
    }

    @GET
    @Path("open")
    @RolesAllowed(Role.HELPER)
    @Operation(summary = "The open tasks that fit the calling helper: their municipalities, languages and approval")
    public List<TaskView> open(@QueryParam("lang") String lang) {
        return tasks.open(language(lang));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.HELPER, Role.ADMIN })
    @Operation(summary = "One task as the caller may see it")
    public TaskView task(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return tasks.task(id, language(lang));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "Cancel the task with a reason")
    public TaskView cancel(@PathParam("id") long id, ReasonInput input, @QueryParam("lang") String lang) {
        return claims.cancelTask(id, input, language(lang));
    }

    @POST
    @Path("{id}/claims")
    @RolesAllowed(Role.HELPER)
    @Operation(summary = "Claim the task as the calling helper")
    public Response claim(@PathParam("id") long id) {
        return Response.status(201).entity(claims.claim(id)).build();
    }

    @POST
    @Path("{id}/claims/{claim}/confirmation")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "Confirm a helper's claim")
    public TaskView confirm(@PathParam("id") long id, @PathParam("claim") long claim,
            @QueryParam("lang") String lang) {
        return claims.confirm(id, claim, language(lang));
    }

    @POST
    @Path("{id}/claims/{claim}/cancellation")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.HELPER, Role.ADMIN })
    @Operation(summary = "Cancel a helper's part with a reason, as the host or as the helper")
    public Response cancelClaim(@PathParam("id") long id, @PathParam("claim") long claim, ReasonInput input) {
        claims.cancel(id, claim, input);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/claims/{claim}/no-show")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "Record that a confirmed helper did not come")
    public TaskView noShow(@PathParam("id") long id, @PathParam("claim") long claim, @QueryParam("lang") String lang) {
        return claims.noShow(id, claim, language(lang));
    }

    @POST
    @Path("{id}/claims/{claim}/completion")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Operation(summary = "Confirm a helper's part done with the hours and a word of feedback")
    public TaskView complete(@PathParam("id") long id, @PathParam("claim") long claim, CompletionInput input,
            @QueryParam("lang") String lang) {
        return claims.complete(id, claim, input, language(lang));
    }

    @POST
    @Path("{id}/claims/{claim}/feedback")
    @RolesAllowed(Role.HELPER)
    @Operation(summary = "The helper's word on a task they did")
    public ClaimView feedback(@PathParam("id") long id, @PathParam("claim") long claim, FeedbackInput input) {
        return claims.feedback(id, claim, input);
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Role.COORDINATOR, Role.ANALYST, Role.TASK_HOST, Role.ADMIN })
    @Operation(summary = "Tasks posted, filled and done, time to fill, hours and active helpers by municipality"
            + " and month, small groups hidden; a host sees their own organisations'")
    public TaskFigures figures(@QueryParam("lang") String lang) {
        return figures.figures(language(lang));
    }

    @PUT
    @Path("organisations/{organisation}/{kind: hosts|vetters}/{username}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Let a user host tasks (hosts) or vet helpers (vetters) for the organisation")
    public Response grant(@PathParam("organisation") long organisation, @PathParam("kind") String kind,
            @PathParam("username") @Username String username) {
        grants.grant(organisation, kind(kind), username);
        return Response.noContent().build();
    }

    @DELETE
    @Path("organisations/{organisation}/{kind: hosts|vetters}/{username}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "End a user's hosting or vetting for the organisation; 404 if there was none")
    public Response revoke(@PathParam("organisation") long organisation, @PathParam("kind") String kind,
            @PathParam("username") @Username String username) {
        grants.revoke(organisation, kind(kind), username);
        return Response.noContent().build();
    }

    private static GrantKind kind(String path) {
        return "hosts".equals(path) ? GrantKind.HOST : GrantKind.VETTER;
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }
}
