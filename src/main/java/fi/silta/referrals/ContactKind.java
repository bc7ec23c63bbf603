package fi.silta.referrals;

/** How the link-person reached the client. */
public enum ContactKind {
    PHONE,
    MEETING,
    MESSAGE,
    ACCOMPANIED_VISIT
}
