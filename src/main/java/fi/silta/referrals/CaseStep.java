package fi.silta.referrals;

/** The link-person's steps with a client, recorded beside the FHIR status as its business status. */
public enum CaseStep {
    FIRST_CONTACT,
    ACTIVITY_AGREED,
    ACCOMPANIED_VISIT_PLANNED,
    ATTENDED,
    FOLLOW_UP_DONE
}
