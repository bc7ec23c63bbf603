package fi.silta.referrals;

/** When the client answered the wellbeing self-report: as the referral starts, or at its follow-up. */
public enum SelfReportRound {
    START,
    FOLLOW_UP
}
