package fi.silta.tasks.api;

/** One choice of a form: its code and the name shown for it. */
public record Choice(String code, String name) {
}
