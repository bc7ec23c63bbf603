package fi.silta.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import fi.silta.security.Role;
import fi.silta.services.api.ServiceDetail;
import fi.silta.services.api.ServiceForProfessionals;
import fi.silta.services.api.ServiceHits;

/**
 * Ongoing services of the public catalogue. Anyone finds and reads published services; what their organisations
 * tell professionals only is at {@code /professional}, for signed-in staff of any role and partner organisations'
 * members (see {@link ServiceCatalogueService#forProfessionals}).
 */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
class ServiceResource {

    private final ServiceCatalogueService catalogue;

    ServiceResource(ServiceCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @PermitAll
    @Operation(summary = "Find published services by words (Finnish-grade, any language) and municipality")
    public ServiceHits find(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("municipality") @Pattern(regexp = "[0-9]{3}") String municipality,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(499) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @QueryParam("lang") String lang) {
        return catalogue.find(q, municipality, page, size, language(lang));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One published service, as residents read it")
    public ServiceDetail get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return catalogue.get(id, language(lang));
    }

    @GET
    @Path("{id}/professional")
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR, Role.PUBLISHER, Role.ADMIN, Role.ANALYST,
            Role.TASK_HOST, Role.VETTER })
    @Operation(summary = "One published service with what its organisation tells professionals only")
    public ServiceForProfessionals forProfessionals(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return catalogue.forProfessionals(id, language(lang));
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }
}
