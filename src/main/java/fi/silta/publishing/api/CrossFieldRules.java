package fi.silta.publishing.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import fi.silta.publishing.ActivityValidator;

/**
 * The rules of a publisher's input that join fields, or a field and today (an activity needs a title in some
 * language; a series needs its weekdays; the end comes after the start). Each broken rule is reported at the
 * field to correct, with its {@link PublishingRule} as the violation's dynamic payload, so pages can word it.
 */
@Documented
@Constraint(validatedBy = { ActivityValidator.ForActivity.class, ActivityValidator.ForSchedule.class,
        ActivityValidator.ForPlace.class })
@Target(TYPE)
@Retention(RUNTIME)
public @interface CrossFieldRules {

    String message() default "breaks a rule across fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
