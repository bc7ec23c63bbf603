package fi.silta.publishing.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.silta.common.web.FormText;

/**
 * A form field's text can be read as what the field asks for (see {@link FormText}); blank is valid. The page
 * tells the user in their language how to write it.
 */
@Documented
@Constraint(validatedBy = Readable.Validator.class)
@Target(FIELD)
@Retention(RUNTIME)
@interface Readable {

    /** What the text must be. */
    enum As {
        NUMBER,
        DECIMAL,
        DATE,
        DATES,
        TIME
    }

    As value();

    String message() default "cannot be read";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Readable, String> {

        private As as;

        @Override
        public void initialize(Readable annotation) {
            as = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (FormText.blank(value)) {
                return true;
            }
            return switch (as) {
                case NUMBER -> FormText.wholeNumber(value).isPresent();
                case DECIMAL -> FormText.decimal(value).isPresent();
                case DATE -> FormText.date(value).isPresent();
                case DATES -> FormText.dates(value).isPresent();
                case TIME -> FormText.time(value).isPresent();
            };
        }
    }
}
