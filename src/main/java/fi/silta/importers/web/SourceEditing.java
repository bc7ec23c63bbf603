package fi.silta.importers.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Validator;

import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.importers.SourceService;
import fi.silta.importers.SourceType;
import fi.silta.importers.api.SourceRequest;
import fi.silta.importers.api.SourceView;

/**
 * Adding and changing a source from the admin's form: the form's own rules and the service's (a free name, an
 * address outside internal networks) both come back as a message beside the field in the admin's language, and
 * nothing is stored until every field is right. What the form does not show (the organisation, the defaults) is
 * kept as it was; a new source gets an unverified organisation named after it, as through the API.
 */
@RequestScoped
class SourceEditing {

    /** A result: the source's name when stored, else the form to show again. */
    record Outcome(String stored, SourceFormView again) {
    }

    private final PageContext page;
    private final SourceService sources;
    private final Validator validator;

    SourceEditing(PageContext page, SourceService sources, Validator validator) {
        this.page = page;
        this.sources = sources;
        this.validator = validator;
    }

    SourceFormView blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", SourceType.ICS.name());
        values.put("hours", "6");
        values.put("enabled", "on");
        return view("/staff/admin/sources", true, values, Map.of());
    }

    SourceFormView of(SourceView source) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", source.type().name());
        values.put("url", source.url());
        values.put("hours", String.valueOf(Math.max(1, Duration.parse(source.syncInterval()).toHours())));
        values.put("enabled", source.enabled() ? "on" : "");
        return view(action(source.name()), false, values, Map.of());
    }

    Outcome create(SourceForm form) {
        Map<String, String> errors = checked(form);
        if (form.name == null || form.name.isBlank()) {
            errors.putIfAbsent("name", msg().validation_required());
        } else if ("new".equals(form.name)) {
            errors.putIfAbsent("name", text().source_error_name_reserved());
        }
        if (errors.isEmpty()) {
            try {
                return new Outcome(sources.create(request(form, form.name, null, null)).name(), null);
            } catch (ProblemException e) {
                refused(e, errors);
            }
        }
        return new Outcome(null, view("/staff/admin/sources", true, form.values(), errors));
    }

    Outcome update(SourceView current, SourceForm form) {
        Map<String, String> errors = checked(form);
        // The name is the source's key: a changed one is not taken from the form.
        errors.remove("name");
        if (errors.isEmpty()) {
            try {
                SourceRequest.Defaults defaults = current.defaults() == null ? null
                        : new SourceRequest.Defaults(current.defaults().municipality(), current.defaults().categories(),
                                current.defaults().targetGroups(), current.defaults().language());
                sources.update(current.name(), request(form, null, current.organisation().id(), defaults));
                return new Outcome(current.name(), null);
            } catch (ProblemException e) {
                refused(e, errors);
            }
        }
        return new Outcome(null, view(action(current.name()), false, form.values(), errors));
    }

    private Map<String, String> checked(SourceForm form) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(form), msg()));
        if (errors.containsKey("name") && form.name != null && !form.name.isEmpty() && form.name.length() <= 63) {
            errors.put("name", text().source_error_name());
        }
        if (!errors.containsKey("type") && Arrays.stream(SourceType.values()).noneMatch(t -> t.name().equals(form.type))) {
            errors.put("type", msg().validation_invalid());
        }
        if (errors.containsKey("hours") && form.hours != null && !form.hours.isBlank()
                || !errors.containsKey("hours") && !inRange(form.hours)) {
            errors.put("hours", text().source_error_hours(SourceForm.MAX_HOURS));
        }
        return errors;
    }

    private static boolean inRange(String hours) {
        int value = Integer.parseInt(hours);
        return value >= 1 && value <= SourceForm.MAX_HOURS;
    }

    /** The service's refusals beside the fields they are about, in the admin's language. */
    private void refused(ProblemException e, Map<String, String> errors) {
        if (e.status() == 409) {
            errors.put("name", text().source_error_name_taken());
            return;
        }
        if (e.status() != 400) {
            throw e;
        }
        for (Problem.FieldError error : e.errors()) {
            switch (error.field()) {
                case "name" -> errors.put("name", text().source_error_name_reserved());
                case "url" -> errors.put("url", text().source_error_url());
                case "syncInterval" -> errors.put("hours", text().source_error_hours(SourceForm.MAX_HOURS));
                default -> errors.putIfAbsent("url", msg().validation_invalid());
            }
        }
        if (errors.isEmpty()) {
            errors.put("url", msg().validation_invalid());
        }
    }

    private static SourceRequest request(SourceForm form, String name, Long organisationId,
            SourceRequest.Defaults defaults) {
        return new SourceRequest(name, SourceType.valueOf(form.type), form.url.strip(), organisationId, defaults,
                "PT" + Integer.parseInt(form.hours) + "H", "on".equals(form.enabled));
    }

    private SourceFormView view(String action, boolean creating, Map<String, String> values,
            Map<String, String> errors) {
        ImportMessages text = text();
        List<Option> types = Arrays.stream(SourceType.values())
                .map(t -> new Option(t.name(), text.source_type(t), t.name().equals(values.get("type")))).toList();
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("name", "type", "url", "hours", "enabled")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        ErrorSummary summary = errors.isEmpty() ? ErrorSummary.NONE
                : ErrorSummary.of(ordered, List.of(), this::label);
        return new SourceFormView(action, creating, values, ordered, summary, types);
    }

    private String label(String field) {
        ImportMessages text = text();
        return switch (field) {
            case "name" -> text.field_name();
            case "type" -> text.field_type();
            case "url" -> text.field_url();
            case "hours" -> text.field_hours();
            default -> null;
        };
    }

    private static String action(String name) {
        return "/staff/admin/sources/" + name;
    }

    private ImportMessages text() {
        return page.messages(ImportMessages.class);
    }

    private PageMessages msg() {
        return page.messages(PageMessages.class);
    }
}
