package fi.silta.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.ActivityPage;
import fi.silta.common.Ids;
import fi.silta.common.Languages;
import fi.silta.common.PageRequest;

/** The public catalogue API. Anyone may read published activities. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@PermitAll
class ActivityResource {

    private final CatalogueService catalogue;
    private final CatalogueConfig config;

    ActivityResource(CatalogueService catalogue, CatalogueConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    @GET
    @Operation(summary = "Published activities with upcoming sessions, soonest first")
    public ActivityPage list(@QueryParam("lang") String lang, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size, config.defaultPageSize(), config.maxPageSize());
        return catalogue.list(Languages.parse(lang), paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published activity with its next sessions")
    public ActivityDetail get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.get(Ids.parse("id", id), Languages.parse(lang));
    }
}
