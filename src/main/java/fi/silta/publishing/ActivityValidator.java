package fi.silta.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fi.silta.catalogue.Registration;
import fi.silta.common.Inputs;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityInput.Texts;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.ScheduleInput;

/**
 * Checks what a publisher wrote, field by field, and names every problem at once. Each error has a stable
 * code, which pages turn into a message in the user's language beside the field.
 */
final class ActivityValidator {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int DESCRIPTION_MAX = 5000;
    static final int SHORT_MAX = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    ActivityValidator activity(ActivityInput input) {
        if (input.version() == null) {
            add("version", "required", "Send the version you started from");
        }
        texts("title", input.title(), TITLE_MAX, true);
        texts("summary", input.summary(), SUMMARY_MAX, false);
        texts("description", input.description(), DESCRIPTION_MAX, false);
        texts("price", input.price(), SHORT_MAX, false);
        url("onlineUrl", input.onlineUrl());
        url("infoUrl", input.infoUrl());
        url("registrationUrl", input.registrationUrl());
        if (input.placeId() != null && input.onlineUrl() != null && !input.onlineUrl().isBlank()) {
            add("onlineUrl", "place-or-online", "Give either a place or an online link, not both");
        }
        age("ageMin", input.ageMin());
        age("ageMax", input.ageMax());
        if (input.ageMin() != null && input.ageMax() != null && input.ageMin() > input.ageMax()) {
            add("ageMax", "age-order", "The maximum age is below the minimum age");
        }
        if (input.languages() != null) {
            for (String language : input.languages()) {
                if (language == null || !LANGUAGE.matcher(language).matches()) {
                    add("languages", "invalid-language", "Languages are two-letter ISO 639-1 codes, such as fi");
                    break;
                }
            }
        }
        if (input.registration() == Registration.REQUIRED && blank(input.registrationUrl())
                && blank(input.registrationPhone())) {
            add("registrationUrl", "registration-contact", "Required registration needs a link or a phone number");
        }
        phone("registrationPhone", input.registrationPhone());
        if (input.capacity() != null && (input.capacity() < 1 || input.capacity() > 100_000)) {
            add("capacity", "out-of-range", "Capacity is between 1 and 100000");
        }
        length("contactName", input.contactName(), SHORT_MAX);
        if (!blank(input.contactEmail()) && !Inputs.isEmail(input.contactEmail())) {
            add("contactEmail", "invalid-email", "Not an email address");
        }
        phone("contactPhone", input.contactPhone());
        return this;
    }

    ActivityValidator schedule(ScheduleInput input, LocalDate today) {
        if (input.version() == null) {
            add("version", "required", "Send the version you started from");
        }
        if (input.kind() == null) {
            add("kind", "required", "Choose once, weekly or monthly");
        }
        if (input.date() == null) {
            add("date", "required", "Give the (first) date");
        } else if (input.kind() == ScheduleInput.Kind.ONCE && input.date().isBefore(today)) {
            add("date", "in-the-past", "The date has passed");
        } else if (input.date().isAfter(today.plusYears(2))) {
            add("date", "too-far", "The date is more than two years ahead");
        }
        if (input.startTime() == null) {
            add("startTime", "required", "Give the starting time");
        }
        if (input.endTime() == null) {
            add("endTime", "required", "Give the ending time");
        } else if (input.startTime() != null && !input.endTime().isAfter(input.startTime())) {
            add("endTime", "end-before-start", "The activity must end after it starts");
        }
        if (input.kind() == ScheduleInput.Kind.WEEKLY && (input.weekdays() == null || input.weekdays().isEmpty())) {
            add("weekdays", "required", "Choose at least one weekday");
        }
        if (input.kind() == ScheduleInput.Kind.MONTHLY) {
            if (input.weekdays() == null || input.weekdays().size() != 1) {
                add("weekdays", "one-weekday", "Choose one weekday for a monthly activity");
            }
            Integer week = input.weekOfMonth();
            if (week == null || !(week == -1 || (week >= 1 && week <= 4))) {
                add("weekOfMonth", "required", "Choose which week of the month: 1 to 4, or the last");
            }
        }
        if (input.until() != null && input.date() != null && input.until().isBefore(input.date())) {
            add("until", "until-before-start", "The end date is before the first date");
        }
        if (input.kind() != ScheduleInput.Kind.ONCE && input.until() != null
                && input.until().isAfter(today.plusYears(2))) {
            add("until", "too-far", "The end date is more than two years ahead");
        }
        if (input.exceptions() != null && input.exceptions().size() > 100) {
            add("exceptions", "too-many", "At most 100 exception dates");
        }
        return this;
    }

    ActivityValidator place(PlaceInput input) {
        if (input.version() == null) {
            add("version", "required", "Send the version you started from");
        }
        texts("name", input.name(), TITLE_MAX, true);
        length("streetAddress", input.streetAddress(), SHORT_MAX);
        if (!blank(input.postalCode()) && !POSTAL_CODE.matcher(input.postalCode().strip()).matches()) {
            add("postalCode", "invalid-postal-code", "A postal code has five digits");
        }
        if (blank(input.municipality())) {
            add("municipality", "required", "Choose the municipality");
        }
        if ((input.latitude() == null) != (input.longitude() == null)) {
            add("latitude", "coordinates-pair", "Give both latitude and longitude, or neither");
        } else if (input.latitude() != null && (input.latitude() < 59 || input.latitude() > 70.2
                || input.longitude() < 19 || input.longitude() > 31.6)) {
            add("latitude", "outside-finland", "The coordinates are not in Finland");
        }
        return this;
    }

    private void texts(String field, Texts texts, int max, boolean required) {
        Texts value = texts == null ? Texts.EMPTY : texts;
        if (required && blank(value.fi()) && blank(value.sv()) && blank(value.en())) {
            add(field, "required", "Write it in at least one language");
        }
        length(field + ".fi", value.fi(), max);
        length(field + ".sv", value.sv(), max);
        length(field + ".en", value.en(), max);
    }

    private void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "too-long", "At most " + max + " characters");
        }
    }

    private void url(String field, String value) {
        if (blank(value)) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (value.length() > 2048 || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                add(field, "invalid-url", "Give a web address starting with https://");
            }
        } catch (URISyntaxException e) {
            add(field, "invalid-url", "Give a web address starting with https://");
        }
    }

    private void age(String field, Integer age) {
        if (age != null && (age < 0 || age > 120)) {
            add(field, "out-of-range", "Ages are between 0 and 120");
        }
    }

    private void phone(String field, String value) {
        if (!blank(value) && !Inputs.isPhone(value)) {
            add(field, "invalid-phone", "Not a phone number");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
