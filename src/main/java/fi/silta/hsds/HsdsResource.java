package fi.silta.hsds;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.common.Language;

/**
 * The HSDS 3.0 API over Silta's public catalogue, for Lähellä.fi-style portals and other HSDS consumers. Lists take
 * {@code page} (from 1) and {@code per_page} (at most 100); every answer takes {@code lang} (fi, sv, en; texts
 * missing in it fall back to the other national language).
 */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS 3.0")
@PermitAll
class HsdsResource {

    private final HsdsExportService export;

    HsdsResource(HsdsExportService export) {
        this.export = export;
    }

    @GET
    @Operation(summary = "Which HSDS version this API speaks")
    public Map<String, Object> about() {
        return Map.of("version", "3.0", "openapi_url",
                "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Organisations, a page at a time")
    public Map<String, Object> organizations(@QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage, @QueryParam("lang") String lang) {
        return export.organizations(page, perPage, language(lang));
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One organisation with its services")
    public Map<String, Object> organization(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return export.organization(id, language(lang));
    }

    @GET
    @Path("services")
    @Operation(summary = "Ongoing services and published activities, a page at a time")
    public Map<String, Object> services(@QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage, @QueryParam("lang") String lang) {
        return export.services(page, perPage, language(lang));
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service in full")
    public Map<String, Object> service(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return export.service(id, language(lang));
    }

    @GET
    @Path("locations")
    @Operation(summary = "Places, a page at a time")
    public Map<String, Object> locations(@QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage, @QueryParam("lang") String lang) {
        return export.locations(page, perPage, language(lang));
    }

    @GET
    @Path("locations/{id}")
    @Operation(summary = "One place")
    public Map<String, Object> location(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return export.location(id, language(lang));
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Services at their places, a page at a time")
    public Map<String, Object> servicesAtLocations(
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage, @QueryParam("lang") String lang) {
        return export.servicesAtLocations(page, perPage, language(lang));
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One service at one place")
    public Map<String, Object> serviceAtLocation(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return export.serviceAtLocation(id, language(lang));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }
}
