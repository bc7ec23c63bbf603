package fi.silta.publishing.api;

/** What makes a place or an activity accessible, as a publisher chooses it. */
public enum Accessibility {
    WHEELCHAIR_ACCESSIBLE,
    STEP_FREE_ENTRANCE,
    ACCESSIBLE_TOILET,
    INDUCTION_LOOP,
    ELEVATOR,
    ACCESSIBLE_PARKING,
    PUBLIC_TRANSPORT_NEARBY,
    SIGN_LANGUAGE,
    EASY_READ_MATERIAL,
    ASSISTANCE_DOG_WELCOME
}
