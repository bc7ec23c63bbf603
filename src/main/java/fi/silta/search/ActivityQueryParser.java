package fi.silta.search;

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
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.CatalogueConfig;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.OrganisationType;

/**
 * Reads the search parameters shared by the API, the calendar export and the public search page. Every
 * bad parameter is reported at once, each under its own name, so a page can show each message beside its
 * field. Parameters may repeat or hold comma-separated values ({@code municipality=272&municipality=217}
 * or {@code municipality=272,217}).
 */
@ApplicationScoped
public class ActivityQueryParser {

    /** Longer queries are not searches but pasted documents; the cap also bounds the query's cost. */
    public static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_VALUES = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final CatalogueConfig config;

    ActivityQueryParser(CatalogueConfig config) {
        this.config = config;
    }

    /**
     * @throws ProblemException 400 listing every invalid parameter
     */
    public ActivityQuery parse(Map<String, List<String>> parameters) {
        Reader in = new Reader(parameters);
        String text = in.single("q");
        if (text != null) {
            text = text.strip();
            if (text.length() > MAX_QUERY_LENGTH) {
                in.error("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
            }
            if (text.isEmpty()) {
                text = null;
            }
        }
        Language language = Language.FI;
        String lang = in.single("lang");
        if (lang != null && !lang.isBlank()) {
            language = Language.fromCode(lang).orElse(null);
            if (language == null) {
                in.error("lang", "must be one of fi, sv, en");
                language = Language.FI;
            }
        }
        Set<String> municipalities = in.matching("municipality", MUNICIPALITY, "must be three-digit municipality codes");
        Set<String> categories = in.matching("category", CODE, "must be category codes");
        Set<String> targetGroups = in.matching("targetGroup", CODE, "must be target group codes");
        Set<String> languages = in.many("language", v -> {
            String code = v.toLowerCase(Locale.ROOT);
            return LANGUAGE_CODE.matcher(code).matches() ? code : null;
        }, "must be ISO 639 language codes such as fi, sv, en");
        Boolean free = in.bool("free");
        Set<AccessibilityFeature> accessibility = in.many("accessibility",
                v -> enumValue(AccessibilityFeature.class, v), "must be accessibility features such as "
                        + AccessibilityFeature.WHEELCHAIR_ACCESSIBLE.name().toLowerCase(Locale.ROOT));

        GeoPoint near = null;
        String nearValue = in.single("near");
        if (nearValue != null && !nearValue.isBlank()) {
            near = point(nearValue);
            if (near == null) {
                in.error("near", "must be latitude,longitude in decimal degrees, such as 63.838,23.131");
            }
        }
        String postalCode = in.single("postalCode");
        if (postalCode != null) {
            postalCode = postalCode.strip();
            if (postalCode.isEmpty()) {
                postalCode = null;
            } else if (!POSTAL_CODE.matcher(postalCode).matches()) {
                in.error("postalCode", "must be a five-digit Finnish postal code");
                postalCode = null;
            } else if (near != null) {
                in.error("postalCode", "give either near or postalCode, not both");
            }
        }
        double radiusKm = ActivityQuery.DEFAULT_RADIUS_KM;
        String radius = in.single("radiusKm");
        if (radius != null && !radius.isBlank()) {
            try {
                radiusKm = Double.parseDouble(radius.strip());
                if (!(radiusKm > 0 && radiusKm <= ActivityQuery.MAX_RADIUS_KM)) {
                    in.error("radiusKm", "must be more than 0 and at most " + (int) ActivityQuery.MAX_RADIUS_KM);
                }
            } catch (NumberFormatException e) {
                in.error("radiusKm", "must be a number of kilometres");
            }
            if (near == null && postalCode == null && !in.hasError("near")) {
                in.error("radiusKm", "needs near or postalCode");
            }
        }

        LocalDate from = in.date("from");
        LocalDate to = in.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            in.error("to", "must not be before from");
        }
        Set<DayOfWeek> weekdays = in.many("weekday", ActivityQueryParser::weekday,
                "must be weekdays: mon, tue, wed, thu, fri, sat, sun");
        Set<TimeOfDay> timesOfDay = in.many("timeOfDay", v -> TimeOfDay.fromParameter(v).orElse(null),
                "must be morning, afternoon or evening");
        Set<OrganisationType> organisationTypes = in.many("organisationType",
                v -> enumValue(OrganisationType.class, v), "must be organisation types: wellbeing_county, "
                        + "municipality, parish, ngo, company, other");

        SearchSort sort = text == null ? SearchSort.SOONEST : SearchSort.RELEVANCE;
        String sortValue = in.single("sort");
        if (sortValue != null && !sortValue.isBlank()) {
            SearchSort chosen = SearchSort.fromParameter(sortValue).orElse(null);
            if (chosen == null) {
                in.error("sort", "must be relevance, distance or soonest");
            } else if (chosen == SearchSort.DISTANCE && near == null && postalCode == null) {
                in.error("sort", "distance needs near or postalCode");
            } else {
                sort = chosen;
            }
        }
        int page = in.integer("page", 1, 1, 10_000);
        int size = in.integer("size", config.defaultPageSize(), 1, config.maxPageSize());
        in.throwIfInvalid();
        return new ActivityQuery(text, language, municipalities, categories, targetGroups, languages, free,
                accessibility, near, radiusKm, postalCode, from, to, weekdays, timesOfDay, organisationTypes, sort,
                page, size);
    }

    private static GeoPoint point(String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DayOfWeek weekday(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (v.equals(name) || v.equals(name.substring(0, 3)) || v.equals(String.valueOf(day.getValue()))) {
                return day;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Collects values and errors; the messages never repeat the submitted value, which may be anything. */
    private static final class Reader {
        private final Map<String, List<String>> parameters;
        private final List<Problem.FieldError> errors = new ArrayList<>();

        Reader(Map<String, List<String>> parameters) {
            this.parameters = parameters == null ? Map.of() : parameters;
        }

        String single(String name) {
            List<String> values = parameters.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                error(name, "must be given once");
            }
            return values.get(0);
        }

        Set<String> matching(String name, Pattern pattern, String message) {
            return many(name, v -> pattern.matcher(v).matches() ? v : null, message);
        }

        <T> Set<T> many(String name, Function<String, T> parse, String message) {
            List<String> values = parameters.get(name);
            if (values == null) {
                return Set.of();
            }
            Set<T> result = new LinkedHashSet<>();
            boolean bad = false;
            for (String value : values) {
                for (String part : value.split(",")) {
                    String v = part.strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    T parsed = parse.apply(v);
                    if (parsed == null) {
                        bad = true;
                    } else {
                        result.add(parsed);
                    }
                }
            }
            if (bad) {
                error(name, message);
            } else if (result.size() > MAX_VALUES) {
                error(name, "must have at most " + MAX_VALUES + " values");
            }
            return result;
        }

        Boolean bool(String name) {
            String value = single(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> Boolean.TRUE;
                case "false", "0", "no" -> Boolean.FALSE;
                default -> {
                    error(name, "must be true or false");
                    yield null;
                }
            };
        }

        LocalDate date(String name) {
            String value = single(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                error(name, "must be a date such as 2026-05-31");
                return null;
            }
        }

        int integer(String name, int fallback, int min, int max) {
            String value = single(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed < min || parsed > max) {
                    error(name, "must be between " + min + " and " + max);
                    return fallback;
                }
                return parsed;
            } catch (NumberFormatException e) {
                error(name, "must be a whole number");
                return fallback;
            }
        }

        void error(String name, String message) {
            if (!hasError(name)) {
                errors.add(new Problem.FieldError(name, "invalid", message));
            }
        }

        boolean hasError(String name) {
            return errors.stream().anyMatch(e -> e.field().equals(name));
        }

        void throwIfInvalid() {
            if (errors.isEmpty()) {
                return;
            }
            String names = String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                    "Invalid parameters: " + names, errors);
        }
    }
}
