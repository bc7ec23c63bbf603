package fi.silta.search.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A repeatable parameter whose values may also be comma-separated ({@code municipality=272&municipality=217} or
 * {@code municipality=272,217}): every value, stripped, matches {@link #pattern()} (whole, ignoring case) or names a
 * constant of {@link #oneOf()} (ignoring case, {@code -} for {@code _}), and there are at most {@link #max()}
 * different values. Empty values are skipped.
 */
@Documented
@Constraint(validatedBy = ValueList.Validator.class)
@Target({ FIELD, METHOD })
@Retention(RUNTIME)
public @interface ValueList {

    String message();

    /** The pattern every value matches; left out when {@link #oneOf()} is given. */
    String pattern() default "";

    /** The enum whose constants the values name. */
    Class<? extends Enum<?>>[] oneOf() default {};

    /** More values than this are a dump, not a filter; the cap also bounds the query's cost. */
    int max() default 50;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValueList, List<String>> {

        private Pattern pattern;
        private Class<? extends Enum<?>> choices;
        private int max;

        @Override
        public void initialize(ValueList annotation) {
            pattern = annotation.pattern().isEmpty() ? null
                    : Pattern.compile(annotation.pattern(), Pattern.CASE_INSENSITIVE);
            choices = annotation.oneOf().length == 0 ? null : annotation.oneOf()[0];
            max = annotation.max();
        }

        @Override
        public boolean isValid(List<String> occurrences, ConstraintValidatorContext context) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String value : ActivitySearchParams.values(occurrences)) {
                if (!accepts(value)) {
                    return false;
                }
                distinct.add(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            if (distinct.size() > max) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must have at most " + max + " values")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }

        private boolean accepts(String value) {
            if (pattern != null) {
                return pattern.matcher(value).matches();
            }
            String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
            return choices != null && Arrays.stream(choices.getEnumConstants()).anyMatch(c -> c.name().equals(name));
        }
    }
}
