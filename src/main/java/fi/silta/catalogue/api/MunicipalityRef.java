package fi.silta.catalogue.api;

/** A municipality by its Statistics Finland code. */
public record MunicipalityRef(String code, String name) {
}
