package fi.silta.referrals;

/** Where a place held for a referred client stands. */
public enum PlaceStatus {
    /** Held while the client decides; expires unless confirmed. */
    HELD,
    /** The client agreed to come; held until the session. */
    CONFIRMED,
    /** The client came: the organiser confirmed it, or the client's check-in code was used. */
    ATTENDED,
    /** The organiser marked the client as not having come. */
    NOT_ATTENDED,
    /** Given back: the referral closed, the client declined, or another session was planned. */
    RELEASED,
    /** Not confirmed in time. */
    EXPIRED,
    /** The organiser called the session off or moved it. */
    CALLED_OFF;

    /** Whether the place still counts against the session's capacity. */
    public boolean taken() {
        return this == HELD || this == CONFIRMED || this == ATTENDED;
    }

    /** Whether the client is still expected at the session. */
    public boolean expected() {
        return this == HELD || this == CONFIRMED;
    }
}
