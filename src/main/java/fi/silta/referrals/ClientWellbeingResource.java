package fi.silta.referrals;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.ClientAnswersInput;
import fi.silta.security.Throttled;

/**
 * The client's own answers to the wellbeing self-report through a one-time link, without signing in. The token
 * names nobody; the answer tells nothing back.
 */
@Path("/api/v1/wellbeing/{token}")
@Tag(name = "Referrals")
class ClientWellbeingResource {

    private final WellbeingLinks links;

    ClientWellbeingResource(WellbeingLinks links) {
        this.links = links;
    }

    @POST
    @PermitAll
    @Throttled
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the self-report through a one-time link (404 once used or expired)")
    public Response answer(@PathParam("token") String token, @Valid @NotNull ClientAnswersInput input) {
        links.answer(token, input);
        return Response.noContent().build();
    }
}
