package fi.silta.common;

import java.util.regex.Pattern;

/** What every form and request body does with a typed value: cleaning it, and recognising contacts. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,28}[0-9]");

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
        return value != null && value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
    }

    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value.strip()).matches();
    }
}
