package fi.silta.publishing.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.engine.HibernateConstraintViolation;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageMessages;
import fi.silta.publishing.api.CrossFieldRules;
import fi.silta.publishing.api.PublishingRule;

/**
 * The messages beside the fields of a publisher's form, in the page's language, keyed by the fields' names in
 * the form ({@code title.fi}). A field shows its first problem; constraints publishing declares itself, and the
 * rules across fields, have publishing's words, the others the shared ones.
 */
final class FieldMessages {

    private final PageMessages msg;
    private final PublishingMessages text;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FieldMessages(PageMessages msg, PublishingMessages text) {
        this.msg = msg;
        this.text = text;
    }

    /** Adds the broken constraints of a form or of the input it became. */
    FieldMessages add(Set<? extends ConstraintViolation<?>> violations) {
        violations.stream().sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> errors.putIfAbsent(field(violation.getPropertyPath()), message(violation)));
        return this;
    }

    /** Adds the broken rules of a refused change. */
    FieldMessages add(List<FieldError> refused) {
        for (FieldError error : refused) {
            errors.putIfAbsent(error.field(), PublishingRule.ofCode(error.code()).map(text::rule)
                    .orElseGet(msg::validation_invalid));
        }
        return this;
    }

    /** A field whose page has a better word for it than its constraint has. */
    FieldMessages instead(String field, String message) {
        errors.computeIfPresent(field, (name, shown) -> message);
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    Map<String, String> errors() {
        return errors;
    }

    private String message(ConstraintViolation<?> violation) {
        return switch (violation.getConstraintDescriptor().getAnnotation()) {
            case Readable readable -> text.unreadable(readable.value());
            case CrossFieldRules rules -> text.rule(rule(violation));
            case OneOf choice -> text.error_invalid_choice();
            case Size size when violation.getInvalidValue() instanceof Collection<?> -> text.error_too_many();
            default -> FormErrors.message(violation, msg);
        };
    }

    /** The rule a cross-field violation reports, which the validator gave it as its payload. */
    private static PublishingRule rule(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> reported = violation.unwrap(HibernateConstraintViolation.class);
        return reported.getDynamicPayload(PublishingRule.class);
    }

    /**
     * The form field a property path names: the bean's properties joined by dots ({@code title.fi}), without
     * the element of a list ({@code categories}, whichever category broke it).
     */
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
