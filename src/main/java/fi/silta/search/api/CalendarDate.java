package fi.silta.search.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A day of the calendar written as ISO 8601 ({@code 2026-05-31}); a pattern alone would let 2026-02-31 through. */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({ FIELD, METHOD })
@Retention(RUNTIME)
public @interface CalendarDate {

    String message() default "must be a date such as 2026-05-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CalendarDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ActivitySearchParams.date(value) != null;
        }
    }
}
