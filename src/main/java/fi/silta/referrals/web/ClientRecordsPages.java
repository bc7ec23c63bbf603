package fi.silta.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.referrals.ClientRecordsService;
import fi.silta.referrals.RequestPurpose;
import fi.silta.referrals.api.ClientRecords;
import fi.silta.referrals.api.ClientRecordsRequest;
import fi.silta.security.Role;

/**
 * An admin carries out a client's data request: finds the client by identity code or a referral, shows what is
 * held on them and who accessed it, and erases it on request. Every step is written to the access log.
 */
@Path("/staff/admin/clients")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
class ClientRecordsPages {

    /**
     * What a request found: the records, and the request to erase them with (the first referral, the purpose and
     * case number).
     */
    record Found(ClientRecords records, Long firstReferral, String purpose, String caseNumber) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Chrome chrome, Form form, List<Option> purposes, Found found,
                Integer erased);
    }

    private static final String ACTION = "/staff/admin/clients/export";

    private final PageContext page;
    private final ClientRecordsService records;
    private final Validator validator;

    ClientRecordsPages(PageContext page, ClientRecordsService records, Validator validator) {
        this.page = page;
        this.records = records;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form() {
        return render(Form.fresh(ACTION, Map.of()), null, null);
    }

    /** A copy of what is held on the client, shown to the admin, with the way to erase it. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response export(@BeanParam ClientRequestForm form) {
        return handle(form, request -> {
            ClientRecords found = records.export(request);
            Long first = found.referrals().isEmpty() ? null : found.referrals().get(0).referral().id();
            return render(Form.fresh(ACTION, form.values()),
                    new Found(found, first, request.purpose().name(), request.caseNumber()), null);
        });
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@BeanParam ClientRequestForm form) {
        return handle(form, request -> render(Form.fresh(ACTION, Map.of()), null, records.erase(request)));
    }

    /**
     * Carries out a valid request; an invalid one shows the form again with a message beside each field to
     * correct, and a client not found says so above it.
     */
    private Response handle(ClientRequestForm form, Function<ClientRecordsRequest, TemplateInstance> action) {
        ClientRecordsRequest request = form.toInput();
        FieldMessages messages = new FieldMessages(page.messages(PageMessages.class), text());
        Map<String, String> errors = new LinkedHashMap<>(messages.of(validator.validate(form)));
        messages.of(validator.validate(request)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                return Response.ok(action.apply(request)).build();
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    Form notFound = Form.refused(ACTION, form.values(), Map.of(), text().clients_not_found());
                    return Response.status(404).entity(render(notFound, null, null)).build();
                }
                if (e.status() != 400) {
                    throw e;
                }
                errors.putAll(messages.of(e));
            }
        }
        Form refused = Form.refused(ACTION, form.values(), errors, text().form_has_errors());
        return Response.status(400).entity(render(refused, null, null)).build();
    }

    private TemplateInstance render(Form form, Found found, Integer erased) {
        ReferralMessages text = text();
        return Templates.page(page.staffChrome(text.clients_title()), form,
                ReferralPages.options(RequestPurpose.values(), text::purpose), found, erased).setLocale(page.locale());
    }

    private ReferralMessages text() {
        return page.messages(ReferralMessages.class);
    }
}
