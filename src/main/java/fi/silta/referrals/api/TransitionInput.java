package fi.silta.referrals.api;

/** A move to another status (FHIR code, such as {@code in-progress}); closing needs an outcome. */
public record TransitionInput(String status, String outcome, String reason) {
}
