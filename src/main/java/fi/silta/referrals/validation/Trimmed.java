package fi.silta.referrals.validation;

/**
 * How typed text arrives in a request record: without the spaces around it, and as nothing when nothing is left,
 * so an optional field left empty is absent rather than an invalid phone number or email.
 */
public final class Trimmed {

    private Trimmed() {
    }

    public static String orNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
