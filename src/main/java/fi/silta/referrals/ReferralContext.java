package fi.silta.referrals;

/** Where the nurse met the client. */
public enum ReferralContext {
    SENIOR_CLINIC,
    FAMILY_CAREGIVER_HEALTH_CHECK,
    UNEMPLOYED_HEALTH_CHECK,
    OTHER
}
