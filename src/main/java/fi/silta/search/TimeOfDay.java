package fi.silta.search;

import java.util.Locale;
import java.util.Optional;

/**
 * Parts of the day a resident filters by, in Finnish wall-clock time: morning before noon, afternoon
 * until five, evening after that. Each session belongs to the part in which it starts.
 */
public enum TimeOfDay {
    MORNING(0, 12 * 60),
    AFTERNOON(12 * 60, 17 * 60),
    EVENING(17 * 60, 24 * 60);

    private final int fromMinute;
    private final int toMinute;

    TimeOfDay(int fromMinute, int toMinute) {
        this.fromMinute = fromMinute;
        this.toMinute = toMinute;
    }

    public static TimeOfDay ofMinuteOfDay(int minuteOfDay) {
        for (TimeOfDay part : values()) {
            if (minuteOfDay >= part.fromMinute && minuteOfDay < part.toMinute) {
                return part;
            }
        }
        throw new IllegalArgumentException("Not a minute of a day: " + minuteOfDay);
    }

    public static Optional<TimeOfDay> fromParameter(String value) {
        for (TimeOfDay part : values()) {
            if (part.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The value as the API and the pages write it. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
