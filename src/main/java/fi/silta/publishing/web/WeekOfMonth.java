package fi.silta.publishing.web;

import java.util.Arrays;
import java.util.Optional;

/** Which week of the month a monthly activity meets in, as the API numbers it: 1 to 4, or -1 for the last. */
enum WeekOfMonth {
    FIRST(1),
    SECOND(2),
    THIRD(3),
    FOURTH(4),
    LAST(-1);

    private final int number;

    WeekOfMonth(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    static Optional<WeekOfMonth> of(Integer number) {
        return Arrays.stream(values()).filter(week -> number != null && week.number == number).findFirst();
    }
}
