package fi.silta.catalogue;

/** Accessibility features of a place or an activity; labels live in the message bundles. */
public enum AccessibilityFeature {
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
