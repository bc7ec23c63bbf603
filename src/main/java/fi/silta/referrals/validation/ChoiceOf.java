package fi.silta.referrals.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form value that names one constant of an enum, or nothing (an empty choice). Page forms send their choices
 * as text; the API reads enums directly, where an unknown value is refused by the JSON reader.
 */
@Documented
@Constraint(validatedBy = ChoiceOf.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface ChoiceOf {

    Class<? extends Enum<?>> value();

    String message() default "must be one of the choices";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ChoiceOf, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(ChoiceOf constraint) {
            constants = constraint.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Arrays.stream(constants).anyMatch(c -> c.name().equals(value));
        }
    }
}
