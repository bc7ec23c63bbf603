package fi.silta.catalogue.api;

/** A controlled code with its label in the requested language. */
public record CodeLabel(String code, String label) {
}
