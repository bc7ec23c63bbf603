package fi.silta.common;

import fi.silta.common.validation.Formats;

/** What every form and request body does with a typed value: cleaning it, and recognising contacts. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The value without control characters (line breaks and tabs stay) and surrounding space; null when
     * nothing is left.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static boolean isEmail(String value) {
        return value != null && Formats.isEmailAddress(value);
    }

    public static boolean isPhone(String value) {
        return value != null && Formats.isPhoneNumber(value);
    }
}
