package fi.silta.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Schedule;
import fi.silta.common.Language;
import fi.silta.organisations.OrganisationType;

/**
 * What a resident or a nurse is looking for, already validated. Empty sets mean "any"; values within
 * one filter are alternatives (Kokkola or Kannus), except accessibility, where every feature asked for
 * must be present. Dates are Finnish calendar days, both ends included.
 *
 * @param text the free-text query, or null to browse
 * @param language the language of labels and texts in the answer; the text query searches every language
 * @param near the centre of a "near me" search, from {@code near} or from a postal code's centre
 * @param radiusKm the radius around {@code near}; only used with it
 * @param postalCode the postal code {@code near} came from, if it did
 */
public record ActivityQuery(String text, Language language, Set<String> municipalities, Set<String> categories,
        Set<String> targetGroups, Set<String> languages, Boolean free, Set<AccessibilityFeature> accessibility,
        Coordinates near, double radiusKm, String postalCode, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays,
        Set<TimeOfDay> timesOfDay, Set<OrganisationType> organisationTypes, SearchSort sort, int page, int size) {

    public static final double DEFAULT_RADIUS_KM = 10;
    /** The zone whose calendar days and clock times a search speaks of. */
    public static final ZoneId ZONE = Schedule.DEFAULT_ZONE;

    public ActivityQuery {
        municipalities = Set.copyOf(municipalities);
        categories = Set.copyOf(categories);
        targetGroups = Set.copyOf(targetGroups);
        languages = Set.copyOf(languages);
        accessibility = Set.copyOf(accessibility);
        weekdays = Set.copyOf(weekdays);
        timesOfDay = Set.copyOf(timesOfDay);
        organisationTypes = Set.copyOf(organisationTypes);
    }

    /** Everything published and upcoming, soonest first. */
    public static ActivityQuery browse(Language language, int page, int size) {
        return new ActivityQuery(null, language, Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), null,
                DEFAULT_RADIUS_KM, null, null, null, Set.of(), Set.of(), Set.of(), SearchSort.SOONEST, page, size);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether the query narrows sessions by date or time, which activities without dates cannot satisfy. */
    public boolean filtersDates() {
        return from != null || to != null || !weekdays.isEmpty() || !timesOfDay.isEmpty();
    }

    public ActivityQuery withNear(Coordinates point) {
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, point, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, sort,
                page, size);
    }

    public ActivityQuery withPage(int newPage) {
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, sort,
                newPage, size);
    }

    public ActivityQuery withSize(int newSize) {
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, sort,
                page, newSize);
    }
}
