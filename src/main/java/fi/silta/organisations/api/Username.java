package fi.silta.organisations.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A user name as the identity provider gives it: 1 to 255 characters (the {@code organisation_member} column)
 * without spaces or control characters. {@code null} is valid; pair it with {@code @NotNull} where one is needed.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\p{Cntrl}\\s]{1,255}")
@ReportAsSingleViolation
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Username {

    String message() default "must be 1 to 255 characters without spaces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
