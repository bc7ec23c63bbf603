package fi.silta.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
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

import fi.silta.common.Labels;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.organisations.OrganisationAdminService;
import fi.silta.organisations.OrganisationType;
import fi.silta.organisations.api.OrganisationRequestInput;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.web.PublisherViews.Form;

/**
 * The public form an organisation uses to ask to be listed in Silta. An admin decides; the requester's
 * contact details go to the admin only.
 */
@Path("/organisations/join")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class SignUpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(Chrome chrome, Form form, List<Choice> types, List<Choice> municipalities);

        static native TemplateInstance thanks(Chrome chrome);
    }

    private final StaffContext context;
    private final OrganisationAdminService organisations;
    private final fi.silta.reference.MunicipalityRepository municipalityRepository;

    SignUpPages(StaffContext context, OrganisationAdminService organisations,
            fi.silta.reference.MunicipalityRepository municipalityRepository) {
        this.context = context;
        this.organisations = organisations;
        this.municipalityRepository = municipalityRepository;
    }

    @GET
    public TemplateInstance form() {
        return page(new Form("/organisations/join", Map.of(), Map.of(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        OrganisationRequestInput input = new OrganisationRequestInput(form.getFirst("name"), form.getFirst("type"),
                form.getFirst("businessId"), form.getFirst("municipality"), form.getFirst("website"),
                form.getFirst("contactName"), form.getFirst("contactEmail"), form.getFirst("contactPhone"),
                form.getFirst("message"), context.language().code());
        try {
            organisations.submit(input, context.language());
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), message(error.code()));
            }
            Map<String, String> values = PublisherForms.values(form);
            values.remove("csrf-token");
            Form again = new Form("/organisations/join", values, errors,
                    List.of(context.signUp().form_has_errors()));
            return Response.status(400).entity(page(again)).build();
        }
        return Response.seeOther(URI.create("/organisations/join/thanks")).build();
    }

    @GET
    @Path("thanks")
    public TemplateInstance thanks() {
        return Templates.thanks(publicChrome(context.signUp().thanks_title())).setLocale(context.language().locale());
    }

    private TemplateInstance page(Form form) {
        List<Choice> types = Arrays.stream(OrganisationType.values())
                .map(t -> new Choice(t.name(), Labels.of(t, context.language()))).toList();
        List<Choice> municipalities = municipalityRepository.listAll().stream()
                .map(m -> new Choice(m.code(), m.name().resolve(context.language())))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
        return Templates.join(publicChrome(context.signUp().title()), form, types, municipalities)
                .setLocale(context.language().locale());
    }

    /** The public chrome: the language switch, no staff navigation. */
    private Chrome publicChrome(String title) {
        Chrome staff = context.chrome(title);
        return new Chrome(staff.lang(), title, staff.languages(), false);
    }

    private String message(String code) {
        SignUpMessages text = context.signUp();
        return switch (code) {
            case "required" -> text.error_required();
            case "too-long" -> text.error_too_long();
            case "invalid-choice" -> text.error_invalid_choice();
            case "invalid-business-id" -> text.error_business_id();
            case "invalid-url" -> text.error_invalid_url();
            case "invalid-email" -> text.error_invalid_email();
            case "invalid-phone" -> text.error_invalid_phone();
            default -> text.error_invalid();
        };
    }
}
