package fi.silta.referrals.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.silta.referrals.ReferralsConfig;

/**
 * A day (a {@link LocalDate}) or a year (an {@link Integer}) that is not after today in Finland, by the
 * application's clock, which tests move; {@code @PastOrPresent} would read the system clock instead.
 */
@Documented
@Constraint(validatedBy = { NotInTheFuture.Day.class, NotInTheFuture.Year.class })
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface NotInTheFuture {

    String message() default "must not be in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Day implements ConstraintValidator<NotInTheFuture, LocalDate> {

        private final Clock clock;

        Day(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)));
        }
    }

    @ApplicationScoped
    class Year implements ConstraintValidator<NotInTheFuture, Integer> {

        private final Clock clock;

        Year(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value <= LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)).getYear();
        }
    }
}
