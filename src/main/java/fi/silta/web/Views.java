package fi.silta.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fi.silta.common.Language;
import fi.silta.common.web.Field;
import fi.silta.common.web.Link;

/** Records the page templates read; built by {@link PublicPages}, never entities. */
public final class Views {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private Views() {
    }

    public record FacetLink(String label, long count, String href, boolean selected) {
    }

    public record Facet(String name, String label, List<FacetLink> values) {
    }

    public record Result(long id, String title, String summary, String organisation, String municipality,
            List<String> sessions, boolean ongoing, Double distanceKm, boolean free, boolean online) {
    }

    public record SearchView(Field query, List<Field> filters, List<String> errors, long total, List<Result> results,
            List<Facet> facets, Link previous, Link next, int page, int pages, String calendarHref,
            String clearHref) {
    }

    public record Session(String when, boolean cancelled) {
    }

    public record ActivityView(long id, String title, String summary, List<String> description, String easyRead,
            List<Session> sessions, String placeName, String address, boolean addressHidden, String mapHref,
            List<String> accessibility, String cost, String age, List<String> languages, boolean registrationRequired,
            String registrationUrl, String registrationPhone, String contactName, String contactEmail,
            String contactPhone, long organisationId, String organisationName, String calendarHref,
            String printHref, boolean online, String onlineUrl, List<String> categories) {
    }

    public record OrganisationView(String name, String type, List<String> municipalities, String email, String phone,
            String website, List<Link> activities) {
    }

    /** "ti 24.11. klo 10.00–11.00", "tis 24.11. kl. 10.00–11.00", "Tue 24 Nov, 10:00–11:00". */
    static String session(OffsetDateTime start, OffsetDateTime end, Language language) {
        Locale locale = language.locale();
        String day = switch (language) {
            case FI -> DateTimeFormatter.ofPattern("EEE d.M.", locale).format(start.atZoneSameInstant(FINLAND));
            case SV -> DateTimeFormatter.ofPattern("EEE d.M.", locale).format(start.atZoneSameInstant(FINLAND));
            case EN -> DateTimeFormatter.ofPattern("EEE d MMM,", locale).format(start.atZoneSameInstant(FINLAND));
        };
        DateTimeFormatter time = DateTimeFormatter.ofPattern(language == Language.EN ? "HH:mm" : "HH.mm", locale);
        String prefix = switch (language) {
            case FI -> " klo ";
            case SV -> " kl. ";
            case EN -> " ";
        };
        return day + prefix + time.format(start.atZoneSameInstant(FINLAND)) + "–"
                + time.format(end.atZoneSameInstant(FINLAND));
    }
}
