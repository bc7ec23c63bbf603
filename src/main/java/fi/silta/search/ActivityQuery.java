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
 * @param online true for online activities only, false for those with a place only, null for both
 * @param age an age that must fall within the activity's age range (an open end does not limit), or null
 */
public record ActivityQuery(String text, Language language, Set<String> municipalities, Set<String> categories,
        Set<String> targetGroups, Set<String> languages, Boolean free, Set<AccessibilityFeature> accessibility,
        Coordinates near, double radiusKm, String postalCode, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays,
        Set<TimeOfDay> timesOfDay, Set<OrganisationType> organisationTypes, Integer age, Boolean online, SearchSort sort,
        int page,
        int size) {

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
                DEFAULT_RADIUS_KM, null, null, null, Set.of(), Set.of(), Set.of(), null, null, SearchSort.SOONEST, page,
                size);
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
                accessibility, point, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, age, online,
                sort,
                page, size);
    }

    /**
     * The same query without its filter on one facet ({@link ActivitySearchService#FACETS}): what that facet's counts
     * are taken over, so that its chosen and unchosen values keep their counts and can be combined.
     */
    public ActivityQuery withoutFacet(String facet) {
        return new ActivityQuery(text, language, facet.equals("municipality") ? Set.of() : municipalities,
                facet.equals("category") ? Set.of() : categories, facet.equals("targetGroup") ? Set.of() : targetGroups,
                facet.equals("language") ? Set.of() : languages, facet.equals("free") ? null : free, accessibility,
                near, radiusKm, postalCode, from, to, weekdays, timesOfDay,
                facet.equals("organisationType") ? Set.of() : organisationTypes, age, online, sort, page, size);
    }

    /** Whether the query filters on a facet whose values are alternatives. */
    public boolean filtersFacet(String facet) {
        return switch (facet) {
            case "municipality" -> !municipalities.isEmpty();
            case "category" -> !categories.isEmpty();
            case "targetGroup" -> !targetGroups.isEmpty();
            case "language" -> !languages.isEmpty();
            case "free" -> free != null;
            case "organisationType" -> !organisationTypes.isEmpty();
            default -> false;
        };
    }

    /** The same query in other municipalities (none: any), online or not, around a point, in its own order. */
    public ActivityQuery within(Set<String> newMunicipalities, Boolean onlineOnly, Coordinates point, double radius,
            SearchSort newSort) {
        return new ActivityQuery(text, language, newMunicipalities, categories, targetGroups, languages, free,
                accessibility, point, radius, point == null ? null : postalCode, from, to, weekdays, timesOfDay,
                organisationTypes, age, onlineOnly, newSort, page, size);
    }

    public ActivityQuery withText(String newText) {
        return new ActivityQuery(newText, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, age, online, sort,
                page, size);
    }

    public ActivityQuery withPage(int newPage) {
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, age, online, sort,
                newPage, size);
    }

    public ActivityQuery withSize(int newSize) {
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, age, online, sort,
                page, newSize);
    }
}
