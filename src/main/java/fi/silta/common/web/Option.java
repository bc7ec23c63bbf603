package fi.silta.common.web;

/** One choice of a select or a group of checkboxes. */
public record Option(String value, String label, boolean selected) {
}
