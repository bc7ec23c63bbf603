package fi.silta.referrals;

/** What the client needs support with. */
public enum Need {
    LONELINESS,
    PHYSICAL_ACTIVITY,
    MENTAL_WELLBEING,
    MEMORY,
    FINANCES,
    DIGITAL_SKILLS,
    CAREGIVER_LOAD,
    EMPLOYMENT,
    OTHER
}
