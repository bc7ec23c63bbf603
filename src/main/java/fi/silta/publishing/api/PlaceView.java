package fi.silta.publishing.api;

/** A place of an organisation, for its publishers. */
public record PlaceView(long id, long version, PlaceInput fields, String label) {
}
