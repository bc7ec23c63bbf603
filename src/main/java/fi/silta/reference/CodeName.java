package fi.silta.reference;

/** A reference code with its name in one language, as lists to choose from show it. */
public record CodeName(String code, String name) {
}
