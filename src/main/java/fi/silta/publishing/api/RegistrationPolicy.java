package fi.silta.publishing.api;

/** Whether a participant must sign up in advance; a required sign-up needs a link or a phone number. */
public enum RegistrationPolicy {
    NONE,
    REQUIRED
}
