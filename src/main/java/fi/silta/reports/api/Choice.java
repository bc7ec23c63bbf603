package fi.silta.reports.api;

/** One choice of a form: its code and its label in the page's language. */
public record Choice(String code, String label) {
}
