package fi.silta.common.web;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fi.silta.common.validation.EmailAddress;
import fi.silta.common.validation.PhoneNumber;
import fi.silta.common.validation.PlainText;
import fi.silta.common.validation.Violations;
import fi.silta.common.validation.WebAddress;

/**
 * The messages beside the fields of a page form, in the page's language, from the constraint each field broke.
 * The first broken constraint of a field is the one shown. Constraints a feature declares itself fall back to
 * "check this"; a page that has a better word for one passes its own message for that field.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Field name (the bean property) to the message shown beside it, in the order the violations came. */
    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations, PageMessages msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(violation -> errors.putIfAbsent(field(violation), message(violation, msg)));
        return errors;
    }

    /** The property a violation is about, without the method and parameter that held the bean. */
    public static String field(ConstraintViolation<?> violation) {
        return Violations.field(violation);
    }

    public static String message(ConstraintViolation<?> violation, PageMessages msg) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull n -> msg.validation_required();
            case NotBlank n -> msg.validation_required();
            case NotEmpty n -> msg.validation_required();
            case Size size when violation.getInvalidValue() instanceof CharSequence text
                    && text.length() < size.min() ->
                text.isEmpty() ? msg.validation_required()
                        : msg.validation_too_short(size.min());
            case Size size -> msg.validation_too_long(size.max());
            case Min min -> msg.validation_at_least(min.value());
            case Max max -> msg.validation_at_most(max.value());
            case Positive p -> msg.validation_at_least(1);
            case PositiveOrZero p -> msg.validation_at_least(0);
            case PlainText p -> msg.validation_plain_text();
            case Email e -> msg.validation_email();
            case EmailAddress e -> msg.validation_email();
            case PhoneNumber p -> msg.validation_phone();
            case WebAddress w -> msg.validation_web_address();
            default -> msg.validation_invalid();
        };
    }
}
