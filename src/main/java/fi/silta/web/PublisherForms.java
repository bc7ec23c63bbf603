package fi.silta.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Registration;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityInput.Texts;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.ScheduleInput;

/**
 * Reads the publisher's forms into the same records the API takes, so both go through one validation. A
 * value that cannot even be read (a date like 31.2., letters for an age) is reported on its field.
 */
final class PublisherForms {

    private final MultivaluedMap<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    PublisherForms(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    ActivityInput activity() {
        ActivityInput input = new ActivityInput(number("version", Long::valueOf), texts("title"), texts("summary"),
                texts("description"), number("placeId", Long::valueOf), text("onlineUrl"), flag("ongoing"),
                list("categories"), list("targetGroups"), number("ageMin", Integer::valueOf),
                number("ageMax", Integer::valueOf), list("languages"), flag("free"), texts("price"),
                enumValue("registration", Registration.class), text("registrationUrl"), text("registrationPhone"),
                number("capacity", Integer::valueOf), enums("accessibility", AccessibilityFeature.class),
                text("infoUrl"), text("contactName"), text("contactEmail"), text("contactPhone"));
        failIfUnreadable();
        return input;
    }

    ScheduleInput schedule() {
        List<DayOfWeek> weekdays = enums("weekdays", DayOfWeek.class);
        List<LocalDate> exceptions = new ArrayList<>();
        String exceptionText = text("exceptions");
        if (exceptionText != null) {
            for (String part : exceptionText.split("[,\\s]+")) {
                LocalDate date = date("exceptions", part);
                if (date != null) {
                    exceptions.add(date);
                }
            }
        }
        ScheduleInput input = new ScheduleInput(number("version", Long::valueOf),
                enumValue("kind", ScheduleInput.Kind.class), date("date", text("date")), time("startTime"),
                time("endTime"), weekdays, number("weekOfMonth", Integer::valueOf), date("until", text("until")),
                exceptions);
        failIfUnreadable();
        return input;
    }

    PlaceInput place() {
        PlaceInput input = new PlaceInput(number("version", Long::valueOf), texts("name"), text("streetAddress"),
                text("postalCode"), text("municipality"), number("latitude", Double::valueOf),
                number("longitude", Double::valueOf), enums("accessibility", AccessibilityFeature.class),
                flag("addressConfidential"));
        failIfUnreadable();
        return input;
    }

    Long version() {
        Long version = number("version", Long::valueOf);
        failIfUnreadable();
        return version;
    }

    /** What the user typed, to show again beside the messages. */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, String.join(",", list)));
        return values;
    }

    private void failIfUnreadable() {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The form has fields that cannot be read",
                    errors);
        }
    }

    private String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    private Texts texts(String name) {
        return new Texts(text(name + ".fi"), text(name + ".sv"), text(name + ".en"));
    }

    private boolean flag(String name) {
        String value = form.getFirst(name);
        return value != null && (value.equals("on") || value.equals("true"));
    }

    private List<String> list(String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private <N> N number(String name, java.util.function.Function<String, N> parse) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "invalid-number", "Not a number"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "invalid-choice", "Not one of the choices"));
            return null;
        }
    }

    private <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String value : list(name)) {
            try {
                result.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "invalid-choice", "Not one of the choices"));
                return List.of();
            }
        }
        return result;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = v.split("\\.");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldError(field, "invalid-date", "Not a date"));
            return null;
        }
    }

    private LocalTime time(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            String v = value.strip().replace('.', ':');
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "invalid-time", "Not a time of day"));
            return null;
        }
    }
}
