package fi.silta.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** A schedule's times are shown in its own zone, and the zone is named when it is not Finnish time. */
class DatesTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2027, 3, 1, 16, 0);

    @Test
    void aRepeatingRuleAFeedKeepsInUtcShowsItsZone() {
        assertThat(Dates.dateTime(FIRST, "UTC")).isEqualTo("1.3.2027 16.00 UTC");
    }

    @Test
    void finnishTimeNeedsNoZone() {
        assertThat(Dates.dateTime(FIRST, "Europe/Helsinki")).isEqualTo("1.3.2027 16.00");
        assertThat(Dates.dateTime(FIRST, null)).isEqualTo("1.3.2027 16.00");
        assertThat(Dates.dateTime((LocalDateTime) null, "UTC")).isEqualTo(Dates.dateTime((LocalDateTime) null));
    }
}
