package fi.silta.common;

import java.util.regex.Pattern;

/**
 * The Finnish business id (Y-tunnus, FO-nummer): seven digits, a hyphen and a check digit computed
 * with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11; a remainder of 1 is never issued.
 */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2 };

    private BusinessId() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return value.charAt(8) - '0' == check;
    }
}
