package fi.silta.common.web;

/**
 * A link of the language switch: its label is written in the language it leads to ({@code lang}), so that a screen
 * reader says "På svenska" in Swedish on a Finnish page.
 */
public record LanguageLink(String lang, String href, String label, boolean current) {
}
