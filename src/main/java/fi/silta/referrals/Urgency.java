package fi.silta.referrals;

/** How soon the client should be contacted. */
public enum Urgency {
    ROUTINE,
    SOON,
    URGENT
}
