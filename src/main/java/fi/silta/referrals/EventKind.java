package fi.silta.referrals;

/** What one event of a referral's history is, so that each reader gets it in their own language. */
public enum EventKind {
    /** The nurse wrote the referral (sent, or kept as a draft). */
    CREATED,
    /** Its status moved. */
    MOVED,
    /** Whoever works it recorded a step. */
    STEP,
    /** The suggested activities or the planned session changed. */
    ACTIVITIES,
    /** A coordinator gave it to a link-person; the detail is the link-person's user name. */
    ASSIGNED,
    /** The link-person gave it back to the coordinator's queue. */
    RETURNED,
    /** The nurse corrected it after sending; the detail names the corrected fields. */
    CORRECTED
}
