package fi.silta.search.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules across search parameters, each reported on the parameter to change: a place is given once (by
 * {@code near} or by {@code postalCode}), {@code radiusKm} and {@code sort=distance} need a place, and {@code to}
 * is not before {@code from}.
 */
@Documented
@Constraint(validatedBy = ConsistentSearch.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentSearch {

    String message() default "parameters contradict each other";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentSearch, ActivitySearchParams> {

        @Override
        public boolean isValid(ActivitySearchParams params, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (params.near() != null && params.postalCode() != null) {
                valid = violation(context, "postalCode", "give either near or postalCode, not both");
            }
            if (params.radiusKm() != null && !params.hasPlace()) {
                valid = violation(context, "radiusKm", "needs near or postalCode");
            }
            if ("distance".equalsIgnoreCase(params.sort()) && !params.hasPlace()) {
                valid = violation(context, "sort", "distance needs near or postalCode");
            }
            LocalDate from = ActivitySearchParams.date(params.from());
            LocalDate to = ActivitySearchParams.date(params.to());
            if (from != null && to != null && to.isBefore(from)) {
                valid = violation(context, "to", "must not be before from");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String parameter, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(parameter).addConstraintViolation();
            return false;
        }
    }
}
