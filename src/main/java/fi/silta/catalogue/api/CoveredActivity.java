package fi.silta.catalogue.api;

/** A published activity held in a municipality, in one of its categories. */
public record CoveredActivity(long activityId, String municipality, String category) {
}
