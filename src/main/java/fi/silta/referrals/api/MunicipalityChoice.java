package fi.silta.referrals.api;

/** A municipality a form offers, by its code, named in the page's language. */
public record MunicipalityChoice(String code, String name) {
}
