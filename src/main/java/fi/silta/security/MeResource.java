package fi.silta.security;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Who the caller is, as Silta sees it: the user name and the Silta roles from the token. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Authenticated
class MeResource {

    record Me(String username, List<String> roles) {
    }

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in user and their Silta roles")
    public Me me() {
        List<String> roles = Role.ALL.stream().filter(identity::hasRole).toList();
        return new Me(identity.getPrincipal().getName(), roles);
    }
}
