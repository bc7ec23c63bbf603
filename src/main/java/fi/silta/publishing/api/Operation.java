package fi.silta.publishing.api;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a publisher did to a listing, as the audit trail records it ({@code add-schedule}); a refused
 * operation is recorded under the same name. {@link #OTHER} stands for a name this version does not know.
 */
public enum Operation {
    CREATE,
    READ,
    UPDATE,
    PUBLISH,
    ARCHIVE,
    CONFIRM,
    ADD_SCHEDULE,
    REMOVE_SCHEDULE,
    CANCEL_SESSION,
    RESTORE_SESSION,
    CREATE_PLACE,
    OTHER;

    /** The name in the audit trail and in the API. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Operation ofCode(String code) {
        return Arrays.stream(values()).filter(operation -> operation.code().equals(code)).findFirst().orElse(OTHER);
    }
}
