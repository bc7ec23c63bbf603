package fi.silta.publishing.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.silta.common.web.FormText;

/**
 * A choice of a form (a select, radio buttons or checkboxes) names constants of the given enum; nothing chosen
 * is valid. A browser only sends what the page offers, so a wrong value is a stale page or a forged post.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target(FIELD)
@Retention(RUNTIME)
@interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "is not one of the choices";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, Object> {

        private Class<? extends Enum<?>> type;

        @Override
        public void initialize(OneOf annotation) {
            type = annotation.value();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
            return values.stream().map(String::valueOf).filter(text -> !FormText.blank(text))
                    .allMatch(text -> names(text));
        }

        private boolean names(String text) {
            String name = text.strip();
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
