package fi.silta.referrals.validation;

import static fi.silta.referrals.PersonalIdentityCode.parse;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.silta.referrals.ReferralsConfig;

/**
 * A valid Finnish personal identity code, read as strictly as the population register writes it. Temporary and
 * test codes (individual numbers 900–999) pass only where {@code silta.referrals.allow-temporary-identity-codes}
 * allows them. The message never repeats the code: it is client data.
 */
@Documented
@Constraint(validatedBy = PersonalIdentityCode.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PersonalIdentityCode {

    String message() default "must be a valid Finnish personal identity code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    // A bean, so that it reads the deployment's setting for test codes. Validators are made when the application is
    // built, before run-time settings exist: the setting is looked up when a code is checked.
    @ApplicationScoped
    class Validator implements ConstraintValidator<PersonalIdentityCode, String> {

        private final Instance<ReferralsConfig> config;

        Validator(Instance<ReferralsConfig> config) {
            this.config = config;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || parse(value, config.get().allowTemporaryIdentityCodes()).isPresent();
        }
    }
}
