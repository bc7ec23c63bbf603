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
    CORRECTED,
    /**
     * A place in a session was held ({@code held}), its hold ran out ({@code expired}) or the planned session was
     * called off ({@code called-off}).
     */
    PLACE,
    /**
     * The organiser or the client's check-in confirmed attendance ({@code attended}) or its absence
     * ({@code not-attended}).
     */
    ATTENDANCE,
    /** A consent was given or withdrawn; the detail is the recipient and {@code :given} or {@code :withdrawn}. */
    CONSENT,
    /** The link-person's assignment ended because the client withdrew that consent. */
    ASSIGNMENT_ENDED,
    /**
     * A vetted helper went with the client to the session, confirmed by whoever works the case; the detail is the
     * helper's user name.
     */
    ACCOMPANIED,
    /** A suggested service was named ({@code added:<service id>}) or taken off ({@code removed:<service id>}). */
    SERVICES
}
