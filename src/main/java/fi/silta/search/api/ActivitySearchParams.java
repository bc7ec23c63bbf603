package fi.silta.search.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestQuery;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.common.Language;
import fi.silta.common.validation.PlainText;
import fi.silta.organisations.OrganisationType;
import fi.silta.search.ActivityQuery;
import fi.silta.search.Coordinates;
import fi.silta.search.SearchSort;
import fi.silta.search.TimeOfDay;

/**
 * The search parameters, as the API, the calendar export and the public search page take them. Values are stripped
 * and a blank one is absent before any rule applies; each rule is declared on its parameter, so a violation names
 * it, and the rules across parameters are {@link ConsistentSearch}. The messages never repeat the submitted value,
 * which may be anything. A repeatable parameter may also hold comma-separated values ({@link ValueList}).
 */
@ConsistentSearch
public record ActivitySearchParams(
        @RestQuery @Size(max = MAX_QUERY_LENGTH, message = "must be at most " + MAX_QUERY_LENGTH
                + " characters") @PlainText String q,
        @RestQuery @Pattern(regexp = "fi|sv|en", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be one of fi, sv, en") String lang,
        @RestQuery @ValueList(pattern = "[0-9]{3}", message = "must be three-digit municipality codes") List<String> municipality,
        @RestQuery @ValueList(pattern = CODE, message = "must be category codes") List<String> category,
        @RestQuery @ValueList(pattern = CODE, message = "must be target group codes") List<String> targetGroup,
        @RestQuery @ValueList(pattern = "[a-z]{2,3}", message = "must be ISO 639 language codes such as fi, sv, en") List<String> language,
        @RestQuery @Pattern(regexp = "true|false|1|0|yes|no", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be true or false") String free,
        @RestQuery @ValueList(oneOf = AccessibilityFeature.class, message = "must be accessibility features such as wheelchair_accessible") List<String> accessibility,
        @RestQuery @Size(max = 60, message = NEAR) @Pattern(regexp = LATITUDE + "\\s*,\\s*"
                + LONGITUDE, message = NEAR) String near,
        @RestQuery @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit Finnish postal code") String postalCode,
        @RestQuery @Size(max = 20, message = "must be a number of kilometres") @Pattern(regexp = NUMBER, message = "must be a number of kilometres") @DecimalMin(value = "0", inclusive = false, message = RADIUS) @DecimalMax(value = "500", message = RADIUS) String radiusKm,
        @RestQuery @CalendarDate String from,
        @RestQuery @CalendarDate String to,
        @RestQuery @ValueList(pattern = WEEKDAY, message = "must be weekdays: mon, tue, wed, thu, fri, sat, sun") List<String> weekday,
        @RestQuery @ValueList(oneOf = TimeOfDay.class, message = "must be morning, afternoon or evening") List<String> timeOfDay,
        @RestQuery @ValueList(oneOf = OrganisationType.class, message = "must be organisation types: wellbeing_county, municipality, parish, ngo, company, other") List<String> organisationType,
        @RestQuery @Pattern(regexp = "relevance|distance|soonest", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be relevance, distance or soonest") String sort,
        @RestQuery @Pattern(regexp = WHOLE_NUMBER, message = "must be a whole number") @Min(value = 1, message = PAGE) @Max(value = MAX_PAGE, message = PAGE) String page,
        @RestQuery @Pattern(regexp = WHOLE_NUMBER, message = "must be a whole number") @Min(value = 1, message = SIZE) @Max(value = MAX_PAGE_SIZE, message = SIZE) String size,
        @RestQuery @Pattern(regexp = WHOLE_NUMBER, message = "must be a whole number") @Min(value = 0, message = AGE) @Max(value = 120, message = AGE) String age) {

    /** Longer queries are not searches but pasted documents; the cap also bounds the query's cost. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** The deepest page; the engine lists at most 10,000 hits anyway. */
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_PAGE_SIZE = 100;

    private static final String CODE = "[A-Za-z0-9_-]{1,40}";
    private static final String WEEKDAY = "mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?"
            + "|sun(day)?|[1-7]";
    private static final String LATITUDE = "[+-]?(90(\\.0+)?|[1-8]?[0-9](\\.[0-9]+)?)";
    private static final String LONGITUDE = "[+-]?(180(\\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\\.[0-9]+)?)";
    private static final String NUMBER = "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?";
    private static final String WHOLE_NUMBER = "[+-]?[0-9]{1,9}";
    private static final String NEAR = "must be latitude,longitude in decimal degrees, such as 63.838,23.131";
    private static final String RADIUS = "must be more than 0 and at most 500";
    private static final String PAGE = "must be between 1 and " + MAX_PAGE;
    private static final String SIZE = "must be between 1 and " + MAX_PAGE_SIZE;
    private static final String AGE = "must be an age between 0 and 120";

    /** Strips every single value and makes a blank one absent, as a request's and a caller's alike. */
    public ActivitySearchParams {
        q = given(q);
        lang = given(lang);
        free = given(free);
        near = given(near);
        postalCode = given(postalCode);
        radiusKm = given(radiusKm);
        from = given(from);
        to = given(to);
        sort = given(sort);
        page = given(page);
        size = given(size);
        age = given(age);
    }

    /**
     * The parameters of a query string already split into names and values, for callers that build a search
     * rather than receive one. A parameter given more than once counts from its first value, as in a request.
     */
    public static ActivitySearchParams of(Map<String, List<String>> parameters) {
        Function<String, String> first = name -> {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
        return new ActivitySearchParams(first.apply("q"), first.apply("lang"), parameters.get("municipality"),
                parameters.get("category"), parameters.get("targetGroup"), parameters.get("language"),
                first.apply("free"), parameters.get("accessibility"), first.apply("near"), first.apply("postalCode"),
                first.apply("radiusKm"), first.apply("from"), first.apply("to"), parameters.get("weekday"),
                parameters.get("timeOfDay"), parameters.get("organisationType"), first.apply("sort"),
                first.apply("page"), first.apply("size"), first.apply("age"));
    }

    /** The same search answered in the given language, whatever {@code lang} said: a page has decided already. */
    public ActivitySearchParams inLanguage(Language answer) {
        return new ActivitySearchParams(q, answer.code(), municipality, category, targetGroup, language, free,
                accessibility, near, postalCode, radiusKm, from, to, weekday, timeOfDay, organisationType, sort, page,
                size, age);
    }

    /** Whether there is text to search for; without it the search browses, soonest first. */
    public boolean hasText() {
        return q() != null;
    }

    /**
     * The query these parameters ask for. Only for parameters that passed validation.
     *
     * @param defaultPageSize the page size when none was asked for
     */
    public ActivityQuery toQuery(int defaultPageSize) {
        String text = q();
        String sortName = sort();
        return new ActivityQuery(text, Language.fromCode(lang()).orElse(Language.FI), set(municipality, v -> v),
                set(category, v -> v), set(targetGroup, v -> v), set(language, v -> v.toLowerCase(Locale.ROOT)),
                free() == null ? null : Set.of("true", "1", "yes").contains(free().toLowerCase(Locale.ROOT)),
                set(accessibility, v -> constant(AccessibilityFeature.class, v)), point(near()),
                radiusKm() == null ? ActivityQuery.DEFAULT_RADIUS_KM : Double.parseDouble(radiusKm()), postalCode(),
                date(from()), date(to()), set(weekday, ActivitySearchParams::day),
                set(timeOfDay, v -> constant(TimeOfDay.class, v)),
                set(organisationType, v -> constant(OrganisationType.class, v)),
                age() == null ? null : Integer.valueOf(age()), null,
                sortName != null ? constant(SearchSort.class, sortName)
                        : text == null ? SearchSort.SOONEST : SearchSort.RELEVANCE,
                page() == null ? 1 : Integer.parseInt(page()),
                size() == null ? defaultPageSize : Integer.parseInt(size()));
    }

    /** Whether a place to search around was given, by coordinates or by postal code. */
    boolean hasPlace() {
        return near() != null || postalCode() != null;
    }

    /** The values of a parameter: comma-separated parts of every occurrence, stripped, empty ones left out. */
    static List<String> values(List<String> occurrences) {
        List<String> values = new ArrayList<>();
        if (occurrences != null) {
            for (String occurrence : occurrences) {
                for (String part : occurrence.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    /** The day a parameter names, or null when it names none. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The constant of {@code type} a value names, in any case and with - for _. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> Set<T> set(List<String> occurrences, Function<String, T> read) {
        Set<T> values = new LinkedHashSet<>();
        values(occurrences).forEach(value -> values.add(read.apply(value)));
        return values;
    }

    private static Coordinates point(String near) {
        if (near == null) {
            return null;
        }
        String[] parts = near.split(",");
        return new Coordinates(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
    }

    /** mon, monday or 1 (ISO: Monday is 1), in any case. */
    private static DayOfWeek day(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (v.equals(name) || v.equals(name.substring(0, 3)) || v.equals(String.valueOf(day.getValue()))) {
                return day;
            }
        }
        throw new IllegalArgumentException("Not a weekday");
    }
}
