package fi.silta.common.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into a form field as the value it stands for: numbers, dates as Finns write them
 * (24.12.2026) or in ISO form, times as 13.30 or 13:30. Blank is no value; text that cannot be read is empty,
 * which the form then reports beside its field.
 */
public final class FormText {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,9}([.,][0-9]{1,15})?");
    private static final Pattern FINNISH_DATE = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,2})[.:]([0-9]{2})");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[,\\s]+");

    private FormText() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The value as typed, or null when nothing was typed; control characters are kept for the check. */
    public static String text(String value) {
        return blank(value) ? null : value;
    }

    public static boolean flag(String value) {
        return value != null && (value.equals("on") || value.equals("true"));
    }

    /** The chosen values of a group of checkboxes, without empty ones. */
    public static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !blank(value)).toList();
    }

    public static Optional<Long> wholeNumber(String value) {
        return blank(value) || !WHOLE.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of(Long.valueOf(value.strip()));
    }

    /** A whole number that fits an int; larger ones become the largest, which the range check then refuses. */
    public static Integer integer(String value) {
        return wholeNumber(value).map(n -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)))
                .orElse(null);
    }

    public static Optional<Double> decimal(String value) {
        return blank(value) || !DECIMAL.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of(Double.valueOf(value.strip().replace(',', '.')));
    }

    public static Optional<LocalDate> date(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher finnish = FINNISH_DATE.matcher(text);
            if (finnish.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(finnish.group(3)), Integer.parseInt(finnish.group(2)),
                        Integer.parseInt(finnish.group(1))));
            }
            return ISO_DATE.matcher(text).matches() ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeException e) {
            // 31.2.2026 has the shape of a date but is none.
            return Optional.empty();
        }
    }

    /** Dates separated by commas or spaces; empty when one of them cannot be read. */
    public static Optional<List<LocalDate>> dates(String value) {
        List<LocalDate> dates = new ArrayList<>();
        if (blank(value)) {
            return Optional.of(dates);
        }
        for (String part : DATE_SEPARATORS.split(value.strip())) {
            Optional<LocalDate> date = date(part);
            if (date.isEmpty()) {
                return Optional.empty();
            }
            dates.add(date.get());
        }
        return Optional.of(dates);
    }

    public static Optional<LocalTime> time(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        Matcher time = TIME.matcher(value.strip());
        try {
            return time.matches()
                    ? Optional.of(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))))
                    : Optional.empty();
        } catch (DateTimeException e) {
            // 25.00 has the shape of a time but is none.
            return Optional.empty();
        }
    }

    /** The constant of {@code type} the value names (case and surrounding space aside), if any. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The constants the values name; values that name none are left out ({@link OneOf} reports them). */
    public static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> values) {
        return list(values).stream().map(value -> choice(type, value)).flatMap(Optional::stream).toList();
    }
}
