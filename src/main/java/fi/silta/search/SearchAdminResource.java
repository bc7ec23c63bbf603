package fi.silta.search;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.search.api.ReindexView;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/** Rebuilding the activity index from the database, for administrators. */
@Path("/api/v1/admin/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search administration")
@RolesAllowed(Role.ADMIN)
class SearchAdminResource {

    private final ReindexService reindex;
    private final CurrentUser user;

    SearchAdminResource(ReindexService reindex, CurrentUser user) {
        this.reindex = reindex;
        this.user = user;
    }

    @POST
    @Operation(summary = "Rebuild the activity index from the database; it goes on in the background, one at a time in the cluster")
    public Response start() {
        ReindexView started = reindex.start(user.username());
        return Response.accepted(started).location(URI.create("/api/v1/admin/search/reindex")).build();
    }

    @GET
    @Operation(summary = "The latest rebuild on any instance, with its progress")
    public ReindexView latest() {
        return reindex.latest();
    }
}
