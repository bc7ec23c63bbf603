package fi.silta.referrals;

/** Who may receive the client's data, each consented to separately. */
public enum ConsentRecipient {
    LINK_PERSON,
    ACTIVITY_ORGANISER,
    ANONYMOUS_STATISTICS,
    /** Reminders of a planned session by email and, with a number, by text message. */
    REMINDERS,
    /**
     * A vetted helper whom the host confirmed to go with the client to a session sees the client's first name and
     * the meeting point (the helping-hands feature).
     */
    HELPER
}
