package fi.silta.importers.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of Silta's CSV template (docs/importers.md). Headers are matched without regard to case or
 * surrounding spaces; a column the template does not know fails the feed, so a typo does not silently drop
 * data.
 */
enum CsvColumn {
    ID,
    TITLE_FI,
    TITLE_SV,
    TITLE_EN,
    SUMMARY_FI,
    SUMMARY_SV,
    SUMMARY_EN,
    DESCRIPTION_FI,
    DESCRIPTION_SV,
    DESCRIPTION_EN,
    PLACE_NAME,
    STREET_ADDRESS,
    POSTAL_CODE,
    MUNICIPALITY,
    LATITUDE,
    LONGITUDE,
    ONLINE_URL,
    START_DATE,
    START_TIME,
    END_TIME,
    DURATION_MINUTES,
    RRULE,
    EXCEPTIONS,
    CANCELLED,
    CATEGORIES,
    TARGET_GROUPS,
    LANGUAGES,
    FREE,
    PRICE,
    AGE_MIN,
    AGE_MAX,
    INFO_URL,
    CONTACT_NAME,
    CONTACT_EMAIL,
    CONTACT_PHONE;

    /** Without these a row cannot become an activity; a feed missing one of them fails as a whole. */
    static final List<CsvColumn> REQUIRED = List.of(ID, START_DATE);
    static final List<CsvColumn> TITLES = List.of(TITLE_FI, TITLE_SV, TITLE_EN);
    static final List<CsvColumn> WHERE = List.of(PLACE_NAME, STREET_ADDRESS, ONLINE_URL);

    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CsvColumn> of(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.header().equals(key)).findFirst();
    }

    static String allHeaders() {
        return String.join(", ", Arrays.stream(values()).map(CsvColumn::header).toList());
    }
}
