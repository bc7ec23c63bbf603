package fi.silta.resources;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.resources.api.DocumentFile;
import fi.silta.resources.api.ResourceHits;
import fi.silta.resources.api.ResourceView;

/**
 * The resource bank: guides, forms and training material partners and the county keep. Anyone finds and reads
 * published resources for the public; a signed-in caller of a staff role (bearer token) also those for
 * professionals. A resource the caller may not read answers 404.
 */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resource bank")
class ResourceBankResource {

    private final ResourceBankService bank;

    ResourceBankResource(ResourceBankService bank) {
        this.bank = bank;
    }

    @GET
    @PermitAll
    @Operation(summary = "Find published resources by words (Finnish-grade, any language), topic and audience")
    public ResourceHits find(@QueryParam("q") @Size(max = 200) String q, @QueryParam("topic") String topic,
            @QueryParam("audience") String audience,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(499) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @QueryParam("lang") String lang) {
        return bank.find(q, choice(ResourceTopic.class, "topic", topic),
                choice(ResourceAudience.class, "audience", audience), true, page, size, language(lang));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One published resource")
    public ResourceView get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return bank.get(id, language(lang));
    }

    @GET
    @Path("{id}/document")
    @PermitAll
    @Produces({ DocumentCheck.PDF, MediaType.APPLICATION_JSON })
    @Operation(summary = "A resource's PDF document, as an attachment")
    public Response document(@PathParam("id") long id) {
        DocumentFile file = bank.document(id);
        Response.ResponseBuilder answer = attachment(file);
        if (bank.forProfessionals(id)) {
            // Material for professionals is not kept by browsers or proxies (shared clinic workstations).
            answer.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        return answer.build();
    }

    /** A document as a download: its type, a safe name in both header forms, never shown inline. */
    static Response.ResponseBuilder attachment(DocumentFile file) {
        return Response.ok(file.content(), DocumentCheck.PDF).header("Content-Disposition", file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256() + "\"");
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.FI);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(parameter, "is not one of the known values");
        }
    }
}
