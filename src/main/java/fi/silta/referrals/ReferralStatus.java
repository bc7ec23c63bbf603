package fi.silta.referrals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * The status of a referral, as the FHIR Task for referral management has it (SDOH Clinical Care IG). The
 * allowed moves are the IG's state diagram; {@code entered-in-error} is reachable from any state. The API reads
 * and writes the FHIR code ({@code in-progress}); the constant's name is accepted too.
 */
public enum ReferralStatus {
    DRAFT("draft"),
    REQUESTED("requested"),
    ACCEPTED("accepted"),
    IN_PROGRESS("in-progress"),
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    REJECTED("rejected"),
    CANCELLED("cancelled"),
    FAILED("failed"),
    ENTERED_IN_ERROR("entered-in-error");

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(REQUESTED),
            REQUESTED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED, COMPLETED, FAILED),
            IN_PROGRESS, EnumSet.of(COMPLETED, FAILED, CANCELLED),
            ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED, COMPLETED, FAILED));

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    /** The FHIR code, such as {@code in-progress}. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ReferralStatus> fromCode(String code) {
        for (ReferralStatus status : values()) {
            if (status.code.equals(code) || status.name().equalsIgnoreCase(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status a JSON body names; an unknown code is refused at its field, as an unknown enum constant is. */
    @JsonCreator
    static ReferralStatus fromJson(String code) throws InvalidFormatException {
        Optional<ReferralStatus> status = fromCode(code);
        if (status.isEmpty()) {
            throw InvalidFormatException.from(null, "not a FHIR Task status", code, ReferralStatus.class);
        }
        return status.get();
    }

    /** Whether moving here closes the case, which then needs an outcome. */
    public boolean needsOutcome() {
        return this == COMPLETED || this == FAILED;
    }

    public boolean terminal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED || this == FAILED || this == ENTERED_IN_ERROR;
    }

    public boolean canMoveTo(ReferralStatus next) {
        if (next == ENTERED_IN_ERROR) {
            return this != ENTERED_IN_ERROR;
        }
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
