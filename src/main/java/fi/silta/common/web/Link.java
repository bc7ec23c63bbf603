package fi.silta.common.web;

/** A link of the page chrome or of a list; {@code current} marks the page the user is on. */
public record Link(String href, String label, boolean current) {
}
