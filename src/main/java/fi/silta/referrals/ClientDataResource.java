package fi.silta.referrals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.ReencryptionResult;
import fi.silta.security.Role;

/** The keys of client data at rest: after adding a new key, an admin has every value encrypted again with it. */
@Path("/api/v1/admin/client-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client data requests")
@RolesAllowed(Role.ADMIN)
class ClientDataResource {

    private final ClientDataReencryption reencryption;

    ClientDataResource(ClientDataReencryption reencryption) {
        this.reencryption = reencryption;
    }

    @POST
    @Path("re-encryption")
    @Operation(summary = "Encrypt every client-data value again with the current key and recompute the identity"
            + " code index; earlier keys can be removed afterwards")
    public ReencryptionResult reEncrypt() {
        return reencryption.run();
    }
}
