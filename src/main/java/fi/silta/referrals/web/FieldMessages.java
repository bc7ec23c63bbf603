package fi.silta.referrals.web;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Pattern;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageMessages;
import fi.silta.referrals.api.ReferralRules;
import fi.silta.referrals.validation.ChoiceOf;
import fi.silta.referrals.validation.DateText;
import fi.silta.referrals.validation.NotInTheFuture;
import fi.silta.referrals.validation.PersonalIdentityCode;

/**
 * The messages beside the fields of the referral forms, in the page's language. The shared words come from
 * {@link FormErrors}; the constraints of referrals (identity code, choices, dates, the rules across fields) have
 * words of their own. No message repeats what was typed.
 */
final class FieldMessages {

    private final PageMessages msg;
    private final ReferralMessages ref;

    FieldMessages(PageMessages msg, ReferralMessages ref) {
        this.msg = msg;
        this.ref = ref;
    }

    /** Field name, as the form names it ({@code client.firstName}), to the first message about it. */
    Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> errors.putIfAbsent(field(violation.getPropertyPath()), message(violation)));
        return errors;
    }

    /** The messages of a service's refusal (400), at the fields it names. */
    Map<String, String> of(ProblemException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : refusal.errors()) {
            errors.putIfAbsent(error.field(), switch (error.code()) {
                case "required" -> msg.validation_required();
                case "invalid-choice" -> ref.error_choice();
                case "before-planned-session" -> ref.error_before_session();
                case "consent-required" -> ref.error_consent();
                case "assigned" -> ref.error_correction_assigned();
                default -> msg.validation_invalid();
            });
        }
        return errors;
    }

    /**
     * The form field a violation is about: the property names down to the first list, whose entries are one
     * field of checkboxes ({@code needs[1]} is {@code needs}).
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                break;
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private String message(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (field.equals("client.birthYear")) {
            return ref.error_birth_year();
        }
        return switch (constraint) {
            case PersonalIdentityCode code -> IdentityCodeMessages.of(ref, violation.getInvalidValue());
            case ChoiceOf choice -> ref.error_choice();
            case DateText date -> ref.error_date();
            case NotInTheFuture future -> ref.error_date();
            case ReferralRules rules -> switch (violation.getMessage()) {
                case ReferralRules.CONSENT -> ref.error_consent();
                case ReferralRules.BIRTH_YEAR -> ref.error_identity_code_year();
                default -> msg.validation_required();
            };
            case Pattern pattern when field.equals("municipality")
                    || field.equals("client.language") ->
                ref.error_choice();
            default -> FormErrors.message(violation, msg);
        };
    }
}
