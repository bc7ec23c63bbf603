package fi.silta.publishing.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules publishing checks by hand, because they join fields or need the catalogue: each is the stable
 * {@code code} of a field error ({@code place-or-online}), which pages turn into a message beside the field.
 */
public enum PublishingRule {
    /** Something that is needed is missing: a title in some language, the version, weekdays of a series. */
    REQUIRED,
    PLACE_OR_ONLINE,
    AGE_ORDER,
    REGISTRATION_CONTACT,
    IN_THE_PAST,
    TOO_FAR,
    END_BEFORE_START,
    ONE_WEEKDAY,
    UNTIL_BEFORE_START,
    COORDINATES_PAIR,
    OUTSIDE_FINLAND,
    UNKNOWN_PLACE,
    UNKNOWN_CODE,
    REQUIRED_TO_PUBLISH;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PublishingRule> ofCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code().equals(code)).findFirst();
    }
}
