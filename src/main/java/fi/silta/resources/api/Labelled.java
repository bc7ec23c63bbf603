package fi.silta.resources.api;

/** A code with its label in the asked language. */
public record Labelled(String code, String label) {
}
