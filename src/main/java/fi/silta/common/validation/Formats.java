package fi.silta.common.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import fi.silta.common.BusinessId;

/** The formats of typed values Silta recognises, shared by the constraints and the code that cleans values. */
public final class Formats {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,28}[0-9]");

    private Formats() {
    }

    public static boolean isEmailAddress(String value) {
        return value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
    }

    public static boolean isPhoneNumber(String value) {
        return PHONE.matcher(value.strip()).matches();
    }

    public static boolean isWebAddress(String value) {
        if (value.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isBusinessIdentifier(String value) {
        return BusinessId.isValid(value.strip());
    }
}
