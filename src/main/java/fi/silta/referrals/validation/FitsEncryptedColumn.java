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

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.silta.referrals.ClientDataCipher;

/**
 * Client data that still fits its column once encrypted. Encryption turns each character into up to four
 * (UTF-8 bytes, then base64), so a text within its {@code @Size} can outgrow the column when it is written in,
 * say, Cyrillic or Chinese; this refuses it as too long instead of letting the database fail.
 */
@Documented
@Constraint(validatedBy = FitsEncryptedColumn.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface FitsEncryptedColumn {

    /** The column's length in characters. */
    int length();

    String message() default "is too long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FitsEncryptedColumn, String> {

        private int length;

        @Override
        public void initialize(FitsEncryptedColumn constraint) {
            length = constraint.length();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ClientDataCipher.storedLength(value) <= length;
        }
    }
}
