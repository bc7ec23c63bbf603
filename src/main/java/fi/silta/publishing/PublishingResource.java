package fi.silta.publishing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.api.VersionRef;
import fi.silta.security.Role;

/**
 * Publishers keep their organisations' activities and places: create, edit, publish, archive, confirm as
 * still accurate, schedule, cancel one session. Every change names the version it started from; a change
 * over a newer one answers 409. Another organisation's records answer 403. A body that breaks its record's
 * constraints answers 400 naming each field, before anything is read or written.
 */
@Path("/api/v1/publishing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing")
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class PublishingResource {

    private final OrganisationListingService listings;
    private final ActivityEditingService editing;
    private final ScheduleService schedules;
    private final PlaceService places;

    PublishingResource(OrganisationListingService listings, ActivityEditingService editing, ScheduleService schedules,
            PlaceService places) {
        this.listings = listings;
        this.editing = editing;
        this.schedules = schedules;
        this.places = places;
    }

    @GET
    @Path("organisations")
    @Operation(summary = "The organisations the caller publishes for")
    public List<OrganisationOverview> organisations(@QueryParam("lang") String lang) {
        return listings.myOrganisations(language(lang));
    }

    @GET
    @Path("organisations/{organisationId}/activities")
    @Operation(summary = "An organisation's own activities, drafts and archived ones included; stale=true for those to confirm")
    public List<ActivityRow> activities(@PathParam("organisationId") long organisationId,
            @QueryParam("stale") boolean staleOnly, @QueryParam("lang") String lang) {
        return listings.activities(organisationId, staleOnly, language(lang));
    }

    @POST
    @Path("organisations/{organisationId}/activities")
    @Operation(summary = "Create a draft activity")
    public Response create(@PathParam("organisationId") long organisationId, @Valid @NotNull ActivityInput input,
            @QueryParam("lang") String lang) {
        ActivityEdit created = editing.create(organisationId, input, language(lang));
        return Response.status(201).header("Location", "/api/v1/publishing/activities/" + created.id())
                .entity(created).build();
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "An activity as its publisher edits it")
    public ActivityEdit get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return editing.get(id, language(lang));
    }

    @PUT
    @Path("activities/{id}")
    @Operation(summary = "Save an activity; 409 when someone saved it after the given version")
    public ActivityEdit update(@PathParam("id") long id, @Valid @NotNull ActivityInput input,
            @QueryParam("lang") String lang) {
        return editing.update(id, input, language(lang));
    }

    @POST
    @Path("activities/{id}/publish")
    @Operation(summary = "Publish: residents find it")
    public ActivityEdit publish(@PathParam("id") long id, @Valid @NotNull VersionRef ref,
            @QueryParam("lang") String lang) {
        return editing.publish(id, ref.version(), language(lang));
    }

    @POST
    @Path("activities/{id}/archive")
    @Operation(summary = "Archive: residents no longer find it")
    public ActivityEdit archive(@PathParam("id") long id, @Valid @NotNull VersionRef ref,
            @QueryParam("lang") String lang) {
        return editing.archive(id, ref.version(), language(lang));
    }

    @POST
    @Path("activities/{id}/confirm")
    @Operation(summary = "Confirm the listing is still accurate")
    public ActivityEdit confirm(@PathParam("id") long id, @Valid @NotNull VersionRef ref,
            @QueryParam("lang") String lang) {
        return editing.confirmAccurate(id, ref.version(), language(lang));
    }

    @POST
    @Path("activities/{id}/schedules")
    @Operation(summary = "Add a date or a weekly or monthly series")
    public ActivityEdit addSchedule(@PathParam("id") long id, @Valid @NotNull ScheduleInput input,
            @QueryParam("lang") String lang) {
        return schedules.addSchedule(id, input, language(lang));
    }

    /**
     * The version comes as text checked by its pattern: a query parameter that cannot be converted would answer
     * 404, as if the address were wrong, instead of a 400 naming it.
     */
    @DELETE
    @Path("activities/{id}/schedules/{scheduleId}")
    @Operation(summary = "Remove a schedule and its sessions")
    public ActivityEdit removeSchedule(@PathParam("id") long id, @PathParam("scheduleId") long scheduleId,
            @QueryParam("version") @Pattern(regexp = "[0-9]{1,18}") String version, @QueryParam("lang") String lang) {
        return schedules.removeSchedule(id, scheduleId, version == null ? null : Long.valueOf(version),
                language(lang));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/cancel")
    @Operation(summary = "Call off one session")
    public ActivityEdit cancelSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @Valid @NotNull VersionRef ref, @QueryParam("lang") String lang) {
        return schedules.setSessionCancelled(id, sessionId, true, ref.version(), language(lang));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/restore")
    @Operation(summary = "Take a called-off session back")
    public ActivityEdit restoreSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @Valid @NotNull VersionRef ref, @QueryParam("lang") String lang) {
        return schedules.setSessionCancelled(id, sessionId, false, ref.version(), language(lang));
    }

    @GET
    @Path("activities/{id}/history")
    @Operation(summary = "Who changed the activity, when and what")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return editing.history(id);
    }

    @GET
    @Path("organisations/{organisationId}/places")
    @Operation(summary = "An organisation's places")
    public List<PlaceView> places(@PathParam("organisationId") long organisationId, @QueryParam("lang") String lang) {
        return places.places(organisationId, language(lang));
    }

    @POST
    @Path("organisations/{organisationId}/places")
    @Operation(summary = "Add a place")
    public Response createPlace(@PathParam("organisationId") long organisationId, @Valid @NotNull PlaceInput input,
            @QueryParam("lang") String lang) {
        PlaceView created = places.createPlace(organisationId, input, language(lang));
        return Response.status(201).header("Location", "/api/v1/publishing/places/" + created.id()).entity(created)
                .build();
    }

    @GET
    @Path("places/{id}")
    @Operation(summary = "A place")
    public PlaceView place(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return places.place(id, language(lang));
    }

    @PUT
    @Path("places/{id}")
    @Operation(summary = "Save a place; 409 when someone saved it after the given version")
    public PlaceView updatePlace(@PathParam("id") long id, @Valid @NotNull PlaceInput input,
            @QueryParam("lang") String lang) {
        return places.updatePlace(id, input, language(lang));
    }

    /** The language names come in; an unknown or missing one means Finnish. */
    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }
}
