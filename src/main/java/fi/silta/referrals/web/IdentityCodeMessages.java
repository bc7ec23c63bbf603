package fi.silta.referrals.web;

import fi.silta.referrals.PersonalIdentityCode;

/**
 * Why an identity code was refused, in words that say which part to look at. The field is emptied after a refusal
 * (the code is not sent back in the page); the message shows it masked as case pages do, so that the nurse can see
 * a mistyped date or check character without the whole code returning to the browser.
 */
final class IdentityCodeMessages {

    private IdentityCodeMessages() {
    }

    static String of(ReferralMessages ref, Object typed) {
        String code = typed instanceof String text ? text : null;
        // The code was refused under this deployment's setting; allowing test codes finds every other problem.
        PersonalIdentityCode.Problem problem = PersonalIdentityCode.problem(code, true)
                .orElse(PersonalIdentityCode.Problem.TEMPORARY);
        String reason = switch (problem) {
            case LENGTH -> ref.error_identity_code_length();
            case DIGITS -> ref.error_identity_code_digits();
            case CENTURY_SIGN -> ref.error_identity_code_century();
            case INDIVIDUAL_NUMBER -> ref.error_identity_code_individual();
            case TEMPORARY -> ref.error_identity_code_temporary();
            case DATE -> ref.error_identity_code_date();
            case CHECK_CHARACTER -> ref.error_identity_code_check();
        };
        return problem == PersonalIdentityCode.Problem.LENGTH ? reason
                : ref.error_identity_code_typed(reason, PersonalIdentityCode.masked(code));
    }
}
