package fi.silta.organisations.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
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

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.validation.BusinessIdentifier;
import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.WebAddress;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.organisations.OrganisationAdminService;
import fi.silta.organisations.OrganisationType;
import fi.silta.organisations.api.OrganisationRequestInput;
import fi.silta.security.Throttled;

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
        static native TemplateInstance join(Chrome chrome, FormView form, List<Option> types,
                List<Option> municipalities);

        static native TemplateInstance thanks(Chrome chrome);
    }

    private final PageContext page;
    private final OrganisationAdminService organisations;
    private final Validator validator;

    SignUpPages(PageContext page, OrganisationAdminService organisations, Validator validator) {
        this.page = page;
        this.organisations = organisations;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form() {
        return join(FormView.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Throttled
    public Response submit(@BeanParam JoinForm form) {
        Map<String, String> errors = errors(form);
        if (errors.isEmpty()) {
            try {
                organisations.submit(form.input(page.language()), page.language());
                return Response.seeOther(URI.create("/organisations/join/thanks")).build();
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                // Only the reference data can tell an unknown municipality: shown beside the field, as above.
                for (FieldError error : e.errors()) {
                    errors.putIfAbsent(error.field(), text().error_invalid_choice());
                }
            }
        }
        FormView again = new FormView(form.values(), errors, List.of(text().form_has_errors()));
        return Response.status(400).entity(join(again)).build();
    }

    @GET
    @Path("thanks")
    public TemplateInstance thanks() {
        return Templates.thanks(page.chrome(text().thanks_title())).setLocale(page.locale());
    }

    /** The message beside each field: first the form as typed, then the request it becomes. */
    private Map<String, String> errors(JoinForm form) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(form), msg()));
        if (errors.isEmpty()) {
            var violations = validator.validate(form.input(page.language()));
            violations.stream().sorted((a, b) -> FormErrors.field(a).compareTo(FormErrors.field(b)))
                    .forEach(violation -> errors.putIfAbsent(FormErrors.field(violation), message(violation, form)));
        }
        return errors;
    }

    /** The sign-up form's own words for the formats it asks for; the shared ones for the rest. */
    private String message(ConstraintViolation<OrganisationRequestInput> violation, JoinForm form) {
        OrganisationMessages text = text();
        if (FormErrors.field(violation).equals("type") && form.typeChosen()) {
            return text.error_invalid_choice();
        }
        return switch (violation.getConstraintDescriptor().getAnnotation()) {
            case BusinessIdentifier b -> text.error_business_id();
            case EmailAddress e -> text.error_invalid_email();
            case PhoneNumber p -> text.error_invalid_phone();
            case WebAddress w -> text.error_invalid_url();
            case Pattern p -> text.error_invalid_choice();
            default -> FormErrors.message(violation, msg());
        };
    }

    private TemplateInstance join(FormView form) {
        OrganisationMessages text = text();
        List<Option> types = Arrays.stream(OrganisationType.values())
                .map(type -> new Option(type.name(), text.type(type), false)).toList();
        List<Option> municipalities = organisations.municipalities(page.language()).stream()
                .map(m -> new Option(m.code(), m.name(), false)).toList();
        return Templates.join(page.chrome(text.join_title()), form, types, municipalities).setLocale(page.locale());
    }

    private OrganisationMessages text() {
        return page.messages(OrganisationMessages.class);
    }

    private PageMessages msg() {
        return page.messages(PageMessages.class);
    }
}
