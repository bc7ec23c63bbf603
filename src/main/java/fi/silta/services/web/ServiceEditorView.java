package fi.silta.services.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.services.ServiceFormService;
import fi.silta.services.ServiceMessages;
import fi.silta.services.ServiceStatus;
import fi.silta.services.api.LongText;
import fi.silta.services.api.NameText;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ServiceInput;
import fi.silta.services.api.ServiceSheet;
import fi.silta.services.api.ShortText;
import fi.silta.services.web.EditorViews.Form;
import fi.silta.services.web.EditorViews.ServicePage;

/**
 * The service form as the editor's handlers show it: the messages beside its fields in the page's language (from
 * what could not be read, the input's broken constraints and the rules the service refused), and the page itself.
 */
@ApplicationScoped
class ServiceEditorView {

    private final PageContext page;
    private final ServiceFormService forms;
    private final Validator validator;

    ServiceEditorView(PageContext page, ServiceFormService forms, Validator validator) {
        this.page = page;
        this.forms = forms;
        this.validator = validator;
    }

    ServiceMessages text() {
        return page.messages(ServiceMessages.class);
    }

    /** The messages of a form's unreadable fields and of the broken constraints of what it became. */
    Map<String, String> check(List<String> unreadable, Object input) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        for (String field : unreadable) {
            errors.put(field, field.equals("version") ? msg.validation_invalid() : text().error_invalid_choice());
        }
        add(errors, validator.validate(input), "");
        return errors;
    }

    /** Adds broken constraints, their fields named as the form names them ({@code prefix} and the path). */
    void add(Map<String, String> errors, Set<? extends ConstraintViolation<?>> violations, String prefix) {
        PageMessages msg = page.messages(PageMessages.class);
        violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(prefix + field(v.getPropertyPath()), FormErrors.message(v, msg)));
    }

    /** Adds the rules a refused change broke. */
    void add(Map<String, String> errors, List<FieldError> refused) {
        for (FieldError error : refused) {
            errors.putIfAbsent(error.field(), "required".equals(error.code()) ? text().error_name_required()
                    : text().error_invalid_choice());
        }
    }

    Form form(String action, Map<String, String> values, Map<String, String> errors, List<String> notices) {
        return new Form(action, values, errors, ErrorSummary.of(errors, notices, this::label));
    }

    /** A new service's form: the page's language offered, nothing else chosen. */
    Form blank(long organisationId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", "0");
        values.put("access", "OPEN");
        values.put("languages", page.language().code());
        return form(newAction(organisationId), values, Map.of(), List.of());
    }

    /** A written service's form, as it is now. */
    Form formOf(ServiceSheet sheet) {
        ServiceInput f = sheet.fields();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(sheet.version()));
        NameText name = f.name();
        texts(values, "name", name == null ? null : new String[] { name.fi(), name.sv(), name.en() });
        LongText description = f.description();
        texts(values, "description",
                description == null ? null : new String[] { description.fi(), description.sv(), description.en() });
        texts(values, "eligibility", shortTexts(f.eligibility()));
        values.put("access", f.access() == null ? "" : f.access().name());
        texts(values, "accessInfo", shortTexts(f.accessInfo()));
        values.put("free", f.free() ? "on" : "");
        NameText cost = f.cost();
        texts(values, "cost", cost == null ? null : new String[] { cost.fi(), cost.sv(), cost.en() });
        texts(values, "openingHours", shortTexts(f.openingHours()));
        put(values, "infoUrl", f.infoUrl());
        put(values, "contactEmail", f.contactEmail());
        put(values, "contactPhone", f.contactPhone());
        values.put("municipalities", String.join(",", f.municipalities()));
        values.put("placeIds", String.join(",", f.placeIds().stream().map(String::valueOf).toList()));
        values.put("categories", String.join(",", f.categories()));
        values.put("targetGroups", String.join(",", f.targetGroups()));
        values.put("languages", String.join(",", f.languages()));
        values.put("accessibility", String.join(",", f.accessibility().stream().map(Enum::name).toList()));
        professional(values, f.professional());
        return form(action(sheet.organisationId(), sheet.id()), values, Map.of(), List.of());
    }

    /** The values of an organisation's notes for professionals, named as the form names them. */
    static Map<String, String> professional(Map<String, String> values, ProfessionalInput p) {
        if (p != null) {
            put(values, "professional.howToRefer", p.howToRefer());
            put(values, "professional.contactName", p.contactName());
            put(values, "professional.contactPhone", p.contactPhone());
            put(values, "professional.contactEmail", p.contactEmail());
            put(values, "professional.waitingTime", p.waitingTime());
            put(values, "professional.notes", p.notes());
        }
        return values;
    }

    Response page(ServiceSheet sheet, Form form, Done done, int status) {
        ServicePage service = new ServicePage(sheet.id(), sheet.organisationId(), sheet.organisationName(),
                text().status(ServiceStatus.valueOf(sheet.status())), sheet.version(),
                ServiceStatus.PUBLISHED.name().equals(sheet.status()), sheet.importedFrom() != null, form, done);
        NameText name = sheet.fields().name();
        String heading = name == null ? text().editor_new() : firstOf(name, text().editor_new());
        return render(service, heading, status);
    }

    Response newPage(long organisationId, String organisationName, Form form, int status) {
        ServicePage service = new ServicePage(null, organisationId, organisationName, "", 0, false, false, form, null);
        return render(service, text().editor_new(), status);
    }

    static String newAction(long organisationId) {
        return "/staff/organisations/" + organisationId + "/services";
    }

    static String action(long organisationId, long id) {
        return newAction(organisationId) + "/" + id;
    }

    private String firstOf(NameText name, String otherwise) {
        String in = switch (page.language()) {
            case FI -> name.fi();
            case SV -> name.sv();
            case EN -> name.en();
        };
        for (String candidate : new String[] { in, name.fi(), name.sv(), name.en() }) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return otherwise;
    }

    private Response render(ServicePage service, String heading, int status) {
        TemplateInstance html = ServiceEditorPages.Templates
                .service(page.staffChrome(heading), service, forms.choices(service.organisationId(), page.language()))
                .setLocale(page.locale());
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A field's label in the page's language, as the error summary links read; null for one the form lacks. */
    String label(String field) {
        ServiceMessages text = text();
        int dot = field.indexOf('.');
        String base = dot < 0 ? field : field.substring(0, dot);
        String label = switch (base) {
            case "name" -> text.field_name();
            case "description" -> text.field_description();
            case "eligibility" -> text.field_eligibility();
            case "access" -> text.field_access();
            case "accessInfo" -> text.field_access_info();
            case "cost" -> text.field_cost();
            case "openingHours" -> text.field_opening_hours();
            case "infoUrl" -> text.field_info_url();
            case "contactEmail" -> text.field_contact_email();
            case "contactPhone" -> text.field_contact_phone();
            case "municipalities" -> text.field_area();
            case "placeIds" -> text.field_locations();
            case "categories" -> text.field_categories();
            case "targetGroups" -> text.field_target_groups();
            case "languages" -> text.field_languages();
            case "accessibility" -> text.field_accessibility();
            case "professional" -> professionalLabel(field.substring(dot + 1), text);
            default -> null;
        };
        if (label == null || dot < 0 || base.equals("professional")) {
            return label;
        }
        String language = switch (field.substring(dot + 1)) {
            case "fi" -> text.in_finnish();
            case "sv" -> text.in_swedish();
            case "en" -> text.in_english();
            default -> null;
        };
        return language == null ? label : label + " (" + language + ")";
    }

    private static String professionalLabel(String field, ServiceMessages text) {
        return switch (field) {
            case "howToRefer" -> text.professional_how_to_refer();
            case "contactName" -> text.field_professional_contact_name();
            case "contactPhone" -> text.field_professional_contact_phone();
            case "contactEmail" -> text.field_professional_contact_email();
            case "waitingTime" -> text.professional_waiting_time();
            case "notes" -> text.professional_notes();
            default -> null;
        };
    }

    private static String[] shortTexts(ShortText text) {
        return text == null ? null : new String[] { text.fi(), text.sv(), text.en() };
    }

    private static void texts(Map<String, String> values, String name, String[] texts) {
        if (texts != null) {
            put(values, name + ".fi", texts[0]);
            put(values, name + ".sv", texts[1]);
            put(values, name + ".en", texts[2]);
        }
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, String.valueOf(value));
        }
    }

    /** The form field a property path names: the properties joined by dots, without a list element's index. */
    private static String field(Path path) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field.add(node.getName());
            }
        }
        return field.toString();
    }
}
