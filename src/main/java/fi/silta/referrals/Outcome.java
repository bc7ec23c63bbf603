package fi.silta.referrals;

/** Why a referral was closed. Attended closes it as completed; every other outcome as failed. */
public enum Outcome {
    ATTENDED,
    DECLINED,
    UNREACHABLE,
    NO_SUITABLE_ACTIVITY,
    MOVED_AWAY,
    OTHER
}
