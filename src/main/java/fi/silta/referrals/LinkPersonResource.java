package fi.silta.referrals;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.LinkPersonInput;
import fi.silta.referrals.api.LinkPersonView;
import fi.silta.security.Role;

/** Coordinators keep link-person profiles and get suggestions for assigning a case. */
@Path("/api/v1/link-persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@RolesAllowed(Role.COORDINATOR)
class LinkPersonResource {

    private final LinkPersonService linkPersons;

    LinkPersonResource(LinkPersonService linkPersons) {
        this.linkPersons = linkPersons;
    }

    @GET
    @Operation(summary = "Link-persons with their municipalities, languages, capacity and open cases")
    public List<LinkPersonView> list() {
        return linkPersons.list();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change a link-person's profile")
    public LinkPersonView save(
            @PathParam("username") @Size(max = 255) @Pattern(regexp = LinkPersonInput.USERNAME) String username,
            @Valid @NotNull LinkPersonInput input) {
        return linkPersons.save(username, input);
    }

}
