package fi.silta.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address written as one line of comma-separated parts, as calendars write their LOCATION: "Seurakuntakeskus,
 * Kirkkokatu 1, 67100 Kokkola". The first part names the place, a part with a letter and a digit is the street,
 * and the postal code and town are recognised in any of the forms feeds use: "67100 Kokkola", "FI-02940 Espoo", a
 * postal code in a part of its own ("00100, Helsinki"), or a town named on its own as the last part before an
 * optional country ("Albertinkatu 34, Helsinki, Suomi", "..., Turku, FI"). Whether a town so found is a
 * municipality is decided where the municipalities are known ({@link PlaceResolver}).
 */
public record FreeAddress(String name, String street, String postalCode, String town) {

    private static final Pattern CODE_AND_TOWN = Pattern
            .compile("(?i)(?:(?:FI|FIN|SF)\\s*-\\s*)?(\\d{5})\\s+(\\p{L}[\\p{L} .'-]*)");
    private static final Pattern CODE_ALONE = Pattern.compile("(?i)(?:(?:FI|FIN|SF)\\s*-\\s*)?(\\d{5})");
    private static final Pattern TOWN = Pattern.compile("\\p{L}[\\p{L} .'-]*");
    private static final Set<String> COUNTRIES = Set.of("fi", "fin", "suomi", "finland", "suomi finland",
            "suomi - finland", "suomi-finland");

    public static FreeAddress parse(String location) {
        List<String> parts = new ArrayList<>();
        for (String part : location.split("[,\\n]")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            return new FreeAddress(location.strip(), null, null, null);
        }
        int last = parts.size() - 1;
        while (last >= 1 && COUNTRIES.contains(parts.get(last).toLowerCase(Locale.ROOT))) {
            last--;
        }
        String postalCode = null;
        String town = null;
        String street = null;
        for (int i = last; i >= 1; i--) {
            String part = parts.get(i);
            Matcher both = CODE_AND_TOWN.matcher(part);
            Matcher alone = CODE_ALONE.matcher(part);
            if (postalCode == null && both.matches()) {
                postalCode = both.group(1);
                town = town == null ? both.group(2).strip() : town;
            } else if (postalCode == null && alone.matches()) {
                postalCode = alone.group(1);
            } else if (town == null && postalCode == null && i == last && TOWN.matcher(part).matches()
                    && (last < parts.size() - 1 || isStreet(parts.get(i - 1))
                            || CODE_ALONE.matcher(parts.get(i - 1)).matches())) {
                // A town named on its own after the street or postal code, or before the country: "Albertinkatu
                // 34, Helsinki", "00100, Helsinki", "Turku, FI". A last part after the place's name alone may be a room ("Seurakuntatalo, Sali").
                town = part;
            } else if (street == null && isStreet(part)) {
                street = part;
            }
        }
        return new FreeAddress(parts.get(0), street, postalCode, town);
    }

    private static boolean isStreet(String part) {
        return part.matches(".*\\p{L}.*\\d.*");
    }
}
