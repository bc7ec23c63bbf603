package fi.silta.referrals.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

import fi.silta.common.web.ErrorSummary;

/**
 * A form as the user last saw or sent it: values by field name (several values joined by commas), the message
 * beside each invalid field, and notices about the whole form. The shared field tags read it.
 */
@TemplateData
public record Form(String action, Map<String, String> values, Map<String, String> errors, List<String> notices) {

    /** A form shown for the first time, with the values it starts with. */
    static Form fresh(String action, Map<String, String> values) {
        return new Form(action, values, Map.of(), List.of());
    }

    /** A form sent back with the messages beside its fields and one notice above it. */
    static Form refused(String action, Map<String, String> values, Map<String, String> errors, String notice) {
        return new Form(action, values, errors, notice == null ? List.of() : List.of(notice));
    }

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public boolean checked(String name, String option) {
        return Arrays.asList(value(name).split(",")).contains(option);
    }

    public String error(String name) {
        return errors.get(name);
    }

    /**
     * The summary at the top of a refused form's page: its notices, and a link to each invalid field, at the id
     * {@code idOf} gives the field's input and named by {@code label}.
     */
    ErrorSummary summary(Function<String, String> idOf, Function<String, String> label) {
        return new ErrorSummary(notices, errors.entrySet().stream()
                .map(e -> new ErrorSummary.ErrorLink(idOf.apply(e.getKey()), label.apply(e.getKey()), e.getValue()))
                .toList());
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !notices.isEmpty();
    }
}
