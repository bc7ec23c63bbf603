package fi.silta.importers;

import java.util.regex.Pattern;

import fi.silta.common.LocalizedText;

/**
 * Where a record says it takes place, as the feed put it. The municipality is found later from the postal
 * code or the locality, else the source's default.
 */
public record ImportedPlace(LocalizedText name, String streetAddress, String postalCode, String locality,
        Double latitude, Double longitude) {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    /**
     * A place from loose feed values: names and addresses tidied and limited, a postal code kept only when it
     * is a Finnish one, coordinates only when both are present, in range and not the null island (0, 0).
     *
     * @return null when there is nothing to name the place by
     */
    public static ImportedPlace of(LocalizedText name, String streetAddress, String postalCode, String locality,
            Double latitude, Double longitude) {
        String street = Texts.truncate(HtmlText.line(streetAddress), 255);
        LocalizedText cleanName = name == null ? null
                : LocalizedText.of(limit(name.fi()), limit(name.sv()), limit(name.en()));
        if (cleanName == null || cleanName.isEmpty()) {
            if (street == null) {
                return null;
            }
            cleanName = LocalizedText.of(street, null, null);
        }
        String code = Texts.line(postalCode);
        boolean validCoordinates = latitude != null && longitude != null && Double.isFinite(latitude)
                && Double.isFinite(longitude) && latitude >= -90 && latitude <= 90 && longitude >= -180
                && longitude <= 180 && !(latitude == 0 && longitude == 0);
        return new ImportedPlace(cleanName, street, code != null && POSTAL_CODE.matcher(code).matches() ? code : null,
                Texts.truncate(HtmlText.line(locality), 255), validCoordinates ? latitude : null,
                validCoordinates ? longitude : null);
    }

    /** Names arrive with markup or character references now and then; Silta keeps their text only. */
    private static String limit(String value) {
        return Texts.truncate(HtmlText.line(value), 255);
    }
}
