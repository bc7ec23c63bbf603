package fi.silta.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The box at the top of a refused form: the notices about the whole form, then one link per invalid field, named
 * by the field's label and its message, leading to the field. The {@code errorSummary} tag shows it and moves the
 * focus to it when the page loads (no script needed), so a screen reader announces it and the keyboard starts
 * there. Field ids follow the shared field tags: {@code f-} and the field's name with dots as hyphens
 * ({@code title.fi} is {@code f-title-fi}).
 */
public record ErrorSummary(List<String> notices, List<ErrorLink> links) {

    public static final ErrorSummary NONE = new ErrorSummary(List.of(), List.of());

    /** One invalid field: the id of its input, its label (null when the page has none) and its message. */
    public record ErrorLink(String target, String label, String message) {
    }

    /**
     * The summary of a form's errors (field name to message, in the order the page shows the fields) and notices.
     * {@code label} names a field in the page's language, or answers null to show the message alone.
     */
    public static ErrorSummary of(Map<String, String> errors, List<String> notices, Function<String, String> label) {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((field, message) -> links.add(new ErrorLink(fieldId(field), label.apply(field), message)));
        return new ErrorSummary(List.copyOf(notices), List.copyOf(links));
    }

    /** The id the shared field tags give a field's input. */
    public static String fieldId(String field) {
        return "f-" + field.replace('.', '-');
    }

    public boolean present() {
        return !notices.isEmpty() || !links.isEmpty();
    }
}
