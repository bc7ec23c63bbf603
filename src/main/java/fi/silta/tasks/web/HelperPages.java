package fi.silta.tasks.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.security.Role;
import fi.silta.tasks.HelperService;
import fi.silta.tasks.TaskMessages;
import fi.silta.tasks.api.ApprovalInput;
import fi.silta.tasks.api.HelperInput;
import fi.silta.tasks.api.HelperView;
import fi.silta.tasks.api.ReasonInput;

/**
 * A vetter keeps their helpers on pages: registers one (the same fields and rules as {@link HelperInput}), approves
 * them until a day (an under-18 only with the guardian's consent) and withdraws the approval with a reason. A refused
 * form is shown again, answering 400, with the message beside each field; nothing of it is stored.
 */
@Path("/staff/tasks/helpers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.VETTER, Role.ADMIN })
class HelperPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Chrome chrome, Form form, ErrorSummary summary,
                List<Option> organisations, List<Option> municipalities, List<Option> languages);

        static native TemplateInstance helper(Chrome chrome, HelperView helper, Form approval, Form withdrawal,
                ErrorSummary summary, Done done);

        static native TemplateInstance notFound(Chrome chrome);
    }

    private static final String PATH = "/staff/tasks/helpers";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PageContext page;
    private final HelperService helpers;

    HelperPages(PageContext page, HelperService helpers) {
        this.page = page;
        this.helpers = helpers;
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("languages", "fi");
        return renderRegister(new Form(PATH + "/new", values, Map.of()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String username, @RestForm String organisationId, @RestForm String firstName,
            @RestForm String birthDate, @RestForm String email, @RestForm List<String> municipalities,
            @RestForm List<String> languages, @RestForm String skills, @RestForm String availability,
            @RestForm String guardianConsent) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("organisationId", organisationId);
        values.put("firstName", firstName);
        values.put("birthDate", birthDate);
        values.put("email", email);
        values.put("municipalities", municipalities == null ? "" : String.join(",", municipalities));
        values.put("languages", languages == null ? "" : String.join(",", languages));
        values.put("skills", skills);
        values.put("availability", availability);
        values.put("guardianConsent", guardianConsent);
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        HelperInput input = new HelperInput(blankToNull(username),
                PageInput.parse(organisationId, "organisationId", errors, msg, Long::valueOf), firstName,
                PageInput.parse(birthDate, "birthDate", errors, msg, LocalDate::parse), email,
                municipalities == null ? null : municipalities.stream().filter(m -> !m.isBlank()).toList(), languages,
                blankToNull(skills), blankToNull(availability), "on".equals(guardianConsent));
        if (errors.isEmpty()) {
            try {
                HelperView registered = helpers.register(input);
                return Done.CREATED.redirect(PATH + "/" + registered.id());
            } catch (ConstraintViolationException e) {
                errors.putAll(FormErrors.of(e.getConstraintViolations(), msg));
            } catch (ProblemException e) {
                if (e.status() == 409) {
                    errors.put("username", text().helper_username_taken());
                } else {
                    fieldErrors(e, errors, msg);
                }
            }
        }
        return bad(renderRegister(new Form(PATH + "/new", values, errors)));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response helper(@RestPath long id, @QueryParam("done") String done) {
        Optional<HelperView> helper = find(id);
        if (helper.isEmpty()) {
            return notFound();
        }
        Map<String, String> approval = new LinkedHashMap<>();
        approval.put("until", LocalDate.now(HELSINKI).plusYears(1).toString());
        return html(Response.ok(), renderHelper(helper.get(), approval, Map.of(), Map.of(), Map.of(),
                Done.of(done).orElse(null)));
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, @RestForm String until, @RestForm String guardianConsent) {
        Optional<HelperView> helper = find(id);
        if (helper.isEmpty()) {
            return notFound();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("until", until);
        values.put("guardianConsent", guardianConsent);
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        LocalDate day = PageInput.parse(until, "until", errors, msg, LocalDate::parse);
        HelperView shown = helper.get();
        if (shown.minor() && !shown.guardianConsent() && !"on".equals(guardianConsent)) {
            errors.put("guardianConsent", text().helper_consent_missing());
        }
        if (errors.isEmpty()) {
            try {
                if (shown.minor() && !shown.guardianConsent()) {
                    helpers.approveWithGuardianConsent(id, new ApprovalInput(day));
                } else {
                    helpers.approve(id, new ApprovalInput(day));
                }
                return Done.APPROVED.redirect(PATH + "/" + id);
            } catch (ConstraintViolationException e) {
                errors.putAll(FormErrors.of(e.getConstraintViolations(), msg));
                errors.computeIfPresent("until", (f, m) -> text().helper_until_future());
            } catch (ProblemException e) {
                fieldErrors(e, errors, msg);
                errors.computeIfPresent("guardianConsent", (f, m) -> text().helper_consent_missing());
            }
        }
        return html(Response.status(400), renderHelper(shown, values, errors, Map.of(), errors, null));
    }

    @POST
    @Path("{id: [0-9]+}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id, @RestForm String reason) {
        Optional<HelperView> helper = find(id);
        if (helper.isEmpty()) {
            return notFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        try {
            helpers.withdraw(id, new ReasonInput(reason == null ? null : reason.strip()));
            return Done.SAVED.redirect(PATH + "/" + id);
        } catch (ConstraintViolationException e) {
            errors.putAll(FormErrors.of(e.getConstraintViolations(), msg));
        } catch (ProblemException e) {
            fieldErrors(e, errors, msg);
        }
        Map<String, String> approval = new LinkedHashMap<>();
        approval.put("until", LocalDate.now(HELSINKI).plusYears(1).toString());
        return html(Response.status(400),
                renderHelper(helper.get(), approval, Map.of(), Map.of("reason", reason == null ? "" : reason), errors,
                        null, true));
    }

    private Optional<HelperView> find(long id) {
        return helpers.vetted().stream().filter(h -> h.id() == id).findFirst();
    }

    private TemplateInstance renderHelper(HelperView helper, Map<String, String> approvalValues,
            Map<String, String> approvalErrors, Map<String, String> withdrawalValues, Map<String, String> errors,
            Done done) {
        return renderHelper(helper, approvalValues, approvalErrors, withdrawalValues, errors, done, false);
    }

    private TemplateInstance renderHelper(HelperView helper, Map<String, String> approvalValues,
            Map<String, String> approvalErrors, Map<String, String> withdrawalValues, Map<String, String> errors,
            Done done, boolean withdrawalRefused) {
        TaskMessages text = text();
        Form approval = new Form(PATH + "/" + helper.id() + "/approval", approvalValues, approvalErrors);
        Form withdrawal = new Form(PATH + "/" + helper.id() + "/withdrawal", withdrawalValues,
                withdrawalRefused ? errors : Map.of());
        ErrorSummary summary = ErrorSummary.of(errors, List.of(), field -> label(text, field));
        return Templates.helper(page.staffChrome(text.helper_title(helper.firstName())), helper, approval, withdrawal,
                summary, done).setLocale(page.locale());
    }

    private TemplateInstance renderRegister(Form form) {
        TaskMessages text = text();
        List<Option> organisations = helpers.organisationChoices(page.language()).stream()
                .map(c -> new Option(c.code(), c.name(), form.value("organisationId").equals(c.code()))).toList();
        List<Option> municipalities = helpers.municipalityChoices(page.language()).stream()
                .map(c -> new Option(c.code(), c.name(), form.checked("municipalities", c.code()))).toList();
        List<Option> languages = List.of(new Option("fi", text.language_fi(), form.checked("languages", "fi")),
                new Option("sv", text.language_sv(), form.checked("languages", "sv")),
                new Option("en", text.language_en(), form.checked("languages", "en")));
        ErrorSummary summary = ErrorSummary.of(form.errors(), List.of(), field -> label(text, field));
        return Templates.register(page.staffChrome(text.helper_register_title()), form, summary, organisations,
                municipalities, languages).setLocale(page.locale());
    }

    private static String label(TaskMessages text, String field) {
        return switch (field) {
            case "username" -> text.helper_username();
            case "organisationId" -> text.helper_organisation();
            case "firstName" -> text.helper_first_name();
            case "birthDate" -> text.helper_birth_date();
            case "email" -> text.helper_email();
            case "municipalities" -> text.helper_municipalities();
            case "skills" -> text.helper_skills();
            case "availability" -> text.helper_availability();
            case "guardianConsent" -> text.helper_guardian_consent();
            case "until" -> text.helper_until();
            case "reason" -> text.helper_reason();
            default -> text.task_languages();
        };
    }

    /** The fields a refusal names, beside their fields; a list element's error goes beside its list. */
    private static void fieldErrors(ProblemException e, Map<String, String> errors, PageMessages msg) {
        if (e.errors() == null || e.errors().isEmpty()) {
            throw e;
        }
        for (FieldError error : e.errors()) {
            String field = error.field();
            int bracket = field.indexOf('[');
            errors.putIfAbsent(bracket < 0 ? field : field.substring(0, bracket), msg.validation_invalid());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Response notFound() {
        return html(Response.status(404), Templates.notFound(page.staffChrome(text().not_found())));
    }

    private Response bad(TemplateInstance html) {
        return html(Response.status(400), html);
    }

    private Response html(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(page.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    private TaskMessages text() {
        return page.messages(TaskMessages.class);
    }
}
