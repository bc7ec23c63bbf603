package fi.silta.importers.linkedevents;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.importers.FreeAddress;
import fi.silta.importers.HtmlText;
import fi.silta.importers.ImportedPlace;

/**
 * What some Linked Events-style publishers write only in an event's text: the clock time of an event whose
 * start is given as a date ("klo 20.00", "kl. 19–21") and the place of an event without a location ("Paikka:
 * Nuorisotalo, Rantakatu 3, 67100 Kokkola", or an address with a postal code).
 */
final class TextHints {

    /** A time of day after "klo", "kello" or "kl.", with an optional end: "klo 18.30–20", "kl. 19". */
    private static final Pattern TIME = Pattern.compile("(?iu)(?<![\\p{L}])(?:klo|kello|kl\\.?)\\s*"
            + "([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?(?:\\s*(?:-|–|—)\\s*([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?)?"
            + "(?![\\d.:]*\\d)");
    /** A place given after a label: "Paikka: ...", "Plats: ...", "Location: ...". */
    private static final Pattern LABELLED_PLACE = Pattern.compile(
            "(?iu)(?:^|\\n|\\.\\s)\\s*(?:tapahtumapaikka|paikka|missä|plats|var|location|venue|place|where)\\s*:\\s*"
                    + "([^\\n]{2,200})");
    /** An address with a postal code: "Nuorisotalo, Rantakatu 3, 67100 Kokkola". */
    private static final Pattern ADDRESS = Pattern.compile("(?u)((?:\\p{Lu}[^,\\n.:;]{1,60},\\s*)?"
            + "\\p{Lu}[\\p{L}.-]*(?:\\s[\\p{L}.-]+){0,2}\\s\\d+\\s?[a-zA-Z]?,?\\s+\\d{5}\\s+\\p{Lu}[\\p{L}-]+)");

    private TextHints() {
    }

    /** A session's clock time and, when a range is written, its length. */
    record ClockTime(LocalTime start, Duration duration) {
    }

    static Optional<ClockTime> timeIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TIME.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
        Duration duration = Duration.ZERO;
        if (matcher.group(3) != null) {
            LocalTime end = LocalTime.of(Integer.parseInt(matcher.group(3)),
                    matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)));
            Duration between = Duration.between(start, end);
            duration = between.isNegative() ? between.plusDays(1) : between;
        }
        return Optional.of(new ClockTime(start, duration));
    }

    /** The place an event's description names, or null. */
    static ImportedPlace placeIn(String html, Language language) {
        String text = HtmlText.toText(html);
        if (text == null) {
            return null;
        }
        Matcher labelled = LABELLED_PLACE.matcher(text);
        String found = labelled.find() ? labelled.group(1).replaceFirst("\\.\\s*$", "").strip() : null;
        if (found == null) {
            Matcher address = ADDRESS.matcher(text);
            found = address.find() ? address.group(1).strip() : null;
        }
        if (found == null) {
            return null;
        }
        FreeAddress address = FreeAddress.parse(found);
        LocalizedText name = switch (language) {
            case FI -> LocalizedText.of(address.name(), null, null);
            case SV -> LocalizedText.of(null, address.name(), null);
            case EN -> LocalizedText.of(null, null, address.name());
        };
        // An address alone names the place by its street.
        String street = address.street() == null && address.name().matches(".*\\p{L}.*\\d.*") ? address.name()
                : address.street();
        return ImportedPlace.of(name, street, address.postalCode(), address.town(), null, null);
    }
}
