package fi.silta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void aWeeklyGroupStaysAtTenAcrossTheDaylightSavingChange() {
        // Finland moves to summer time on the last Sunday of March 2027 (28 March).
        Schedule schedule = Schedule.recurring(null, LocalDateTime.of(2027, 3, 2, 10, 0), Duration.ofHours(1),
                "FREQ=WEEKLY;BYDAY=TU", HELSINKI);
        List<Interval> sessions = schedule.occurrencesBetween(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 4, 10, 0, 0, 0, 0, HELSINKI));
        assertThat(sessions).hasSize(6);
        assertThat(sessions).allSatisfy(session -> {
            ZonedDateTime local = session.start().atZone(HELSINKI);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(local.getHour()).isEqualTo(10);
            assertThat(Duration.between(session.start(), session.end())).isEqualTo(Duration.ofHours(1));
        });
        assertThat(sessions.get(0).start().atZone(HELSINKI).getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(sessions.get(5).start().atZone(HELSINKI).getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
    }

    @Test
    void exceptionsAndExtraDatesChangeTheSeries() {
        Schedule schedule = Schedule.recurring(null, LocalDateTime.of(2026, 12, 2, 13, 0), Duration.ofMinutes(90),
                "FREQ=WEEKLY;BYDAY=WE", HELSINKI);
        schedule.addException(LocalDateTime.of(2026, 12, 23, 13, 0));
        schedule.addExtraDate(LocalDateTime.of(2026, 12, 28, 18, 0));
        List<LocalDateTime> starts = schedule.occurrencesBetween(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, HELSINKI)).stream()
                .map(i -> LocalDateTime.ofInstant(i.start(), HELSINKI)).toList();
        assertThat(starts).containsExactly(LocalDateTime.of(2026, 12, 2, 13, 0), LocalDateTime.of(2026, 12, 9, 13, 0),
                LocalDateTime.of(2026, 12, 16, 13, 0), LocalDateTime.of(2026, 12, 28, 18, 0),
                LocalDateTime.of(2026, 12, 30, 13, 0));
    }

    @Test
    void aMonthlyRuleGivesTheFirstWednesday() {
        Schedule schedule = Schedule.recurring(null, LocalDateTime.of(2026, 1, 7, 13, 0), Duration.ofHours(2),
                "FREQ=MONTHLY;BYDAY=1WE", HELSINKI);
        List<LocalDateTime> starts = schedule.occurrencesBetween(ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, HELSINKI)).stream()
                .map(i -> LocalDateTime.ofInstant(i.start(), HELSINKI)).toList();
        assertThat(starts).containsExactly(LocalDateTime.of(2026, 11, 4, 13, 0), LocalDateTime.of(2026, 12, 2, 13, 0),
                LocalDateTime.of(2027, 1, 6, 13, 0));
    }

    @Test
    void aSingleDateIsOneOccurrence() {
        Schedule schedule = Schedule.single(null, LocalDateTime.of(2026, 12, 12, 18, 0), Duration.ofHours(2));
        assertThat(schedule.occurrencesBetween(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2026, 12, 31, 0, 0, 0, 0, HELSINKI))).hasSize(1);
        assertThat(schedule.occurrencesBetween(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, HELSINKI))).isEmpty();
    }

    @Test
    void runawayRulesAreBounded() {
        Schedule everySecond = Schedule.recurring(null, LocalDateTime.of(2026, 12, 1, 0, 0), Duration.ZERO,
                "FREQ=SECONDLY", HELSINKI);
        assertThat(everySecond.occurrencesBetween(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, HELSINKI))).isEmpty();
        Schedule hourly = Schedule.recurring(null, LocalDateTime.of(2026, 12, 1, 0, 0), Duration.ZERO, "FREQ=HOURLY",
                HELSINKI);
        assertThat(hourly.occurrencesBetween(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, HELSINKI),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, HELSINKI))).hasSize(Schedule.MAX_OCCURRENCES_PER_WINDOW);
    }

    @Test
    void invalidRulesAreRefused() {
        assertThatThrownBy(() -> Schedule.recurring(null, LocalDateTime.of(2026, 12, 1, 10, 0), Duration.ofHours(1),
                "FREQ=SOMETIMES", HELSINKI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.recurring(null, LocalDateTime.of(2026, 12, 1, 10, 0), Duration.ofHours(1),
                "BYDAY=MO", HELSINKI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.single(null, LocalDateTime.of(2026, 12, 1, 10, 0), Duration.ofDays(40)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
