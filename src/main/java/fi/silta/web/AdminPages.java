package fi.silta.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.security.Role;

/** The admin's page for a client's request to see or erase their data. */
@Path("/staff/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(Chrome chrome, String error,
                fi.silta.referrals.api.ClientRecords records, Long firstReferral, String reason, Integer erased);
    }

    private final StaffContext context;
    private final fi.silta.referrals.ClientRecordsService clientRecords;

    AdminPages(StaffContext context, fi.silta.referrals.ClientRecordsService clientRecords) {
        this.clientRecords = clientRecords;
        this.context = context;
    }

    // Clients' data requests

    @GET
    @Path("clients")
    public TemplateInstance clients() {
        return clientsPage(null, null, null, null);
    }

    /** A copy of what is held on a client, shown to the admin, with the way to erase it. */
    @POST
    @Path("clients/export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exportClient(MultivaluedMap<String, String> form) {
        try {
            var request = request(form);
            var records = clientRecords.export(request);
            Long first = records.referrals().isEmpty() ? null : records.referrals().get(0).referral().id();
            return Response.ok(clientsPage(null, records, first, request.reason())).build();
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e;
            }
            return Response.status(e.status()).entity(clientsPage(context.admin().client_request_invalid(), null,
                    null, null)).build();
        }
    }

    @POST
    @Path("clients/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response eraseClient(MultivaluedMap<String, String> form) {
        try {
            int erased = clientRecords.erase(request(form));
            return Response.ok(Templates.clients(context.chrome(context.admin().clients_title()), null, null, null,
                    null, erased).setLocale(context.language().locale())).build();
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e;
            }
            return Response.status(e.status()).entity(clientsPage(context.admin().client_request_invalid(), null,
                    null, null)).build();
        }
    }

    private static fi.silta.referrals.api.ClientRecordsRequest request(MultivaluedMap<String, String> form) {
        Long referral = null;
        String text = form.getFirst("referralId");
        if (text != null && !text.isBlank()) {
            try {
                referral = Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter("referralId", "Not a number");
            }
        }
        String code = form.getFirst("identityCode");
        return new fi.silta.referrals.api.ClientRecordsRequest(code == null || code.isBlank() ? null : code, referral,
                form.getFirst("reason"));
    }

    private TemplateInstance clientsPage(String error, fi.silta.referrals.api.ClientRecords records, Long first,
            String reason) {
        return Templates.clients(context.chrome(context.admin().clients_title()), error, records, first, reason, null)
                .setLocale(context.language().locale());
    }
}
