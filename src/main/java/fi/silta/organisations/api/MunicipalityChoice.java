package fi.silta.organisations.api;

/** A municipality an organisation may name as its home, by code, with its name in the page's language. */
public record MunicipalityChoice(String code, String name) {
}
