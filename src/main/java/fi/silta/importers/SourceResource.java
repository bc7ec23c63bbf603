package fi.silta.importers;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import io.quarkus.security.identity.SecurityIdentity;

import fi.silta.common.Ids;
import fi.silta.common.PageRequest;
import fi.silta.common.problem.ProblemException;
import fi.silta.importers.api.RunPage;
import fi.silta.importers.api.RunStarted;
import fi.silta.importers.api.RunView;
import fi.silta.importers.api.SourceRequest;
import fi.silta.importers.api.SourceView;
import fi.silta.security.Role;

/** Import sources and their runs, for administrators. */
@Path("/api/v1/admin/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import sources")
@RolesAllowed(Role.ADMIN)
class SourceResource {

    private final SourceService sources;
    private final RunLauncher launcher;
    private final SecurityIdentity identity;

    SourceResource(SourceService sources, RunLauncher launcher, SecurityIdentity identity) {
        this.sources = sources;
        this.launcher = launcher;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "All import sources with their last run")
    public List<SourceView> list() {
        return sources.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an import source")
    public Response create(@Valid @NotNull(message = "a source is required") SourceRequest request) {
        SourceView created = sources.create(request);
        return Response.created(URI.create("/api/v1/admin/sources/" + created.name())).entity(created).build();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One import source")
    public SourceView get(@PathParam("name") String name) {
        return sources.get(name);
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an import source (not one declared in configuration)")
    public SourceView update(@PathParam("name") String name,
            @Valid @NotNull(message = "a source is required") SourceRequest request) {
        return sources.update(name, request);
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Remove an import source that has imported nothing")
    public Response delete(@PathParam("name") String name) {
        sources.delete(name);
        return Response.noContent().build();
    }

    @POST
    @Path("{name}/runs")
    @Operation(summary = "Start a run of the source now; it goes on in the background")
    public Response startRun(@PathParam("name") String name, @QueryParam("force") String force) {
        boolean forced = parseForce(force);
        sources.get(name);
        RunLauncher.Started started = launcher.start(name, RunTrigger.MANUAL, forced,
                identity.getPrincipal().getName());
        return Response.accepted(new RunStarted(started.id(), started.status()))
                .location(URI.create("/api/v1/admin/sources/" + name + "/runs/" + started.id())).build();
    }

    @GET
    @Path("{name}/runs")
    @Operation(summary = "The source's runs, newest first")
    public RunPage runs(@PathParam("name") String name, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size, 20, 100);
        return sources.runs(name, paging.page(), paging.size());
    }

    @GET
    @Path("{name}/runs/{id}")
    @Operation(summary = "One run with its counts, progress and failed records")
    public RunView run(@PathParam("name") String name, @PathParam("id") String id) {
        return sources.run(name, Ids.parse("id", id));
    }

    /** Forcing lets a run archive more than the usual share of a source's activities. */
    private static boolean parseForce(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalidParameter("force", "must be true or false");
    }
}
