package fi.silta.referrals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: date of birth, century sign, individual
 * number and a check character (the nine digits modulo 31). The century signs added in 2023 (Y, X, W, V, U
 * for the 1900s; B, C, D, E, F for the 2000s) are accepted beside the old ones. Individual numbers 900–999
 * are temporary or test codes and are refused unless allowed. Never logged; shown whole only in the admin's
 * export of a client's data, masked everywhere else ({@link #masked}).
 */
public final class PersonalIdentityCode {

    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private final String value;
    private final LocalDate birthDate;

    private PersonalIdentityCode(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * The code if it is valid, exactly as the population register writes it: upper case, no spaces. Strict on
     * purpose: a code is an identifier, and a lenient reading could match the wrong person.
     */
    public static Optional<PersonalIdentityCode> parse(String text, boolean allowTemporary) {
        if (problem(text, allowTemporary).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PersonalIdentityCode(text, birthDate(text)));
    }

    /** What is wrong with a code, in the order a reader checks it; so a form can tell which part to look at. */
    public enum Problem {
        /** Not eleven characters. */
        LENGTH,
        /** The date or the individual number holds something other than digits. */
        DIGITS,
        /** The seventh character is no century sign. */
        CENTURY_SIGN,
        /** The individual number is 000 or 001, which are not given. */
        INDIVIDUAL_NUMBER,
        /** A temporary or test code (900–999) where they are not allowed. */
        TEMPORARY,
        /** The first six digits are no date. */
        DATE,
        /** The check character does not match the nine digits. */
        CHECK_CHARACTER
    }

    /** What is wrong with the code, or empty when it is valid. Reads as strictly as {@link #parse}. */
    public static Optional<Problem> problem(String code, boolean allowTemporary) {
        if (code == null || code.length() != 11) {
            return Optional.of(Problem.LENGTH);
        }
        String day = code.substring(0, 2);
        String month = code.substring(2, 4);
        String year = code.substring(4, 6);
        String individual = code.substring(7, 10);
        char check = code.charAt(10);
        // ASCII digits only: other scripts' digits would read as the same number but hash as another code.
        if (!(day + month + year + individual).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.DIGITS);
        }
        if (century(code.charAt(6)) < 0) {
            return Optional.of(Problem.CENTURY_SIGN);
        }
        int number = Integer.parseInt(individual);
        if (number < 2) {
            return Optional.of(Problem.INDIVIDUAL_NUMBER);
        }
        if (number >= 900 && !allowTemporary) {
            return Optional.of(Problem.TEMPORARY);
        }
        if (birthDate(code) == null) {
            return Optional.of(Problem.DATE);
        }
        long nine = Long.parseLong(day + month + year + individual);
        if (CHECK.charAt((int) (nine % 31)) != check) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
    }

    /** The date of birth of a code whose digits and century sign are checked, or null when it is no date. */
    private static LocalDate birthDate(String code) {
        try {
            return LocalDate.of(century(code.charAt(6)) + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)), Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The code as it is shown to those who work with the referral: the date of birth and century sign, the check
     * character, and the individual number hidden ({@code 131052-***T}). Only the admin's export of a client's data
     * shows it whole.
     */
    public static String masked(String code) {
        if (code == null) {
            return null;
        }
        return code.length() == 11 ? code.substring(0, 7) + "***" + code.charAt(10) : "***";
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Never the code itself, so it cannot slip into a log line through string concatenation. */
    @Override
    public String toString() {
        return "PersonalIdentityCode[hidden]";
    }
}
