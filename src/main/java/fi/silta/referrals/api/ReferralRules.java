package fi.silta.referrals.api;

import static fi.silta.referrals.PersonalIdentityCode.parse;
import static java.lang.annotation.ElementType.TYPE;
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

import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.ReferralsConfig;

/**
 * The rules of a referral that join fields, each reported at the field to correct: a link-person needs a reason
 * and the client's consent to pass the case on; the year of birth an identity code gives (when no year is given)
 * lies between 1890 and this year, which the old "+" century sign of the 1800s never does.
 */
@Documented
@Constraint(validatedBy = ReferralRules.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReferralRules {

    /** The rule broken about the link-person's reason. */
    String REASON = "is needed when the client needs a link-person";
    /** The rule broken about the consent. */
    String CONSENT = "must include the client's consent to a link-person taking the case";
    /** The rule broken about the identity code's year of birth. */
    String BIRTH_YEAR = "gives a year of birth before 1890 or after this year";

    String message() default "breaks a rule of referrals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    // A bean, for the application's clock (this year) that tests move.
    @ApplicationScoped
    class Validator implements ConstraintValidator<ReferralRules, ReferralInput> {

        private final Clock clock;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(ReferralInput input, ConstraintValidatorContext context) {
            if (input == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (input.linkPersonNeeded() && input.linkPersonReason() == null) {
                context.buildConstraintViolationWithTemplate(REASON).addPropertyNode("linkPersonReason")
                        .addConstraintViolation();
                valid = false;
            }
            if (input.linkPersonNeeded() && !input.consented(ConsentRecipient.LINK_PERSON)) {
                context.buildConstraintViolationWithTemplate(CONSENT).addPropertyNode("consents")
                        .addConstraintViolation();
                valid = false;
            }
            ReferralInput.ClientInput client = input.client();
            if (client != null && client.birthYear() == null && client.identityCode() != null) {
                int thisYear = LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)).getYear();
                // An invalid code is @PersonalIdentityCode's to report; here only the year of a valid one counts.
                boolean implausible = parse(client.identityCode(), true).map(code -> code.birthDate().getYear())
                        .filter(year -> year < 1890 || year > thisYear).isPresent();
                if (implausible) {
                    context.buildConstraintViolationWithTemplate(BIRTH_YEAR).addPropertyNode("client")
                            .addPropertyNode("identityCode").addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
