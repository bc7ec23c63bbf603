package fi.silta.organisations;

/** Who runs an activity; residents filter by it and the referral path treats public bodies differently. */
public enum OrganisationType {
    WELLBEING_COUNTY,
    MUNICIPALITY,
    PARISH,
    NGO,
    COMPANY,
    OTHER
}
