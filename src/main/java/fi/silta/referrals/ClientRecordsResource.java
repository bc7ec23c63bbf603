package fi.silta.referrals;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.referrals.api.ClientRecords;
import fi.silta.referrals.api.ClientRecordsRequest;
import fi.silta.security.Role;

/**
 * A client's data requests, carried out by an admin. The client is named in the request body (identity code
 * or a referral id), never in the address, so no identity code reaches an access log of a proxy.
 */
@Path("/api/v1/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Client data requests")
@RolesAllowed(Role.ADMIN)
class ClientRecordsResource {

    private final ClientRecordsService records;

    ClientRecordsResource(ClientRecordsService records) {
        this.records = records;
    }

    @POST
    @Path("export")
    @Operation(summary = "Everything held on a client, and who accessed it (GDPR article 15)")
    public ClientRecords export(@Valid @NotNull ClientRecordsRequest request) {
        return records.export(request);
    }

    @POST
    @Path("access-log")
    @Operation(summary = "Who accessed a client's data, when and why")
    public List<ClientRecords.Access> accessLog(@Valid @NotNull ClientRecordsRequest request) {
        return records.accessLog(request);
    }

    @POST
    @Path("erase")
    @Operation(summary = "Erase a client's referrals (GDPR article 17); the access log stays")
    public Map<String, Integer> erase(@Valid @NotNull ClientRecordsRequest request) {
        return Map.of("erased", records.erase(request));
    }

}
