package fi.silta.reports;

import java.time.Instant;
import java.util.function.Function;

import fi.silta.referrals.api.ReferralFact;

/**
 * The steps of the referral path the funnel counts, in order. A referral has reached a step when that step or any
 * later one was recorded: a link-person who records attendance without recording the agreement before it still
 * agreed on an activity with the client.
 */
public enum Stage {
    REFERRED(ReferralFact::referredAt),
    ACCEPTED(ReferralFact::acceptedAt),
    FIRST_CONTACT(ReferralFact::firstContactAt),
    ACTIVITY_AGREED(ReferralFact::activityAgreedAt),
    ATTENDED(ReferralFact::attendedAt),
    FOLLOWED_UP(ReferralFact::followedUpAt);

    private final Function<ReferralFact, Instant> recorded;

    Stage(Function<ReferralFact, Instant> recorded) {
        this.recorded = recorded;
    }

    /** When the step itself was first recorded, or null. */
    public Instant recorded(ReferralFact fact) {
        return recorded.apply(fact);
    }

    /** Whether the referral reached this step, recorded or implied by a later one. */
    public boolean reached(ReferralFact fact) {
        for (Stage stage : values()) {
            if (stage.ordinal() >= ordinal() && stage.recorded(fact) != null) {
                return true;
            }
        }
        return false;
    }

    /** The furthest step the referral reached. */
    public static Stage furthest(ReferralFact fact) {
        Stage furthest = REFERRED;
        for (Stage stage : values()) {
            if (stage.recorded(fact) != null) {
                furthest = stage;
            }
        }
        return furthest;
    }
}
