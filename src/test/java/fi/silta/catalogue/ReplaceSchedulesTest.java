package fi.silta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationType;

/** Imports replace an activity's schedules; sessions that stay keep their identity and follow cancellations. */
class ReplaceSchedulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final ZonedDateTime FROM = ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, HELSINKI);
    private static final ZonedDateTime TO = FROM.plusDays(60);

    private static Activity activity() {
        Organisation organisation = new Organisation(LocalizedText.of("Seurakunta", null, null), OrganisationType.PARISH,
                null);
        return new Activity(organisation, LocalizedText.of("Kerho", null, null), "feed", "kerho-1");
    }

    private static Schedule weekly(Activity activity) {
        return Schedule.recurring(activity, LocalDateTime.of(2030, 1, 1, 10, 0), Duration.ofHours(1),
                "FREQ=WEEKLY;COUNT=4", HELSINKI);
    }

    @Test
    void aCancelledDateIsShownCancelledNotRemoved() {
        Activity activity = activity();
        Schedule schedule = weekly(activity);
        schedule.cancelDate(LocalDateTime.of(2030, 1, 8, 10, 0));
        activity.replaceSchedules(List.of(schedule));
        activity.expandOccurrences(FROM, TO);
        assertThat(activity.occurrences()).hasSize(4);
        assertThat(activity.occurrences()).filteredOn(Occurrence::cancelled).singleElement()
                .satisfies(o -> assertThat(o.startsAt()).isEqualTo(
                        LocalDateTime.of(2030, 1, 8, 10, 0).atZone(HELSINKI).toInstant()));
    }

    @Test
    void theSameTimingKeepsTheSessionsAndTakesOverCancellations() {
        Activity activity = activity();
        activity.replaceSchedules(List.of(weekly(activity)));
        activity.expandOccurrences(FROM, TO);
        List<Occurrence> before = List.copyOf(activity.occurrences());

        Schedule again = weekly(activity);
        again.cancelDate(LocalDateTime.of(2030, 1, 15, 10, 0));
        assertThat(activity.replaceSchedules(List.of(again))).isTrue();
        assertThat(activity.expandOccurrences(FROM, TO)).isFalse();
        assertThat(activity.occurrences()).containsExactlyElementsOf(before);
        assertThat(activity.occurrences()).filteredOn(Occurrence::cancelled).hasSize(1);

        // The cancellation is withdrawn in the feed: the session is on again.
        assertThat(activity.replaceSchedules(List.of(weekly(activity)))).isTrue();
        assertThat(activity.occurrences()).noneMatch(Occurrence::cancelled);
        assertThat(activity.replaceSchedules(List.of(weekly(activity)))).isFalse();
    }

    @Test
    void aChangedTimingReplacesTheScheduleAndItsSessions() {
        Activity activity = activity();
        activity.replaceSchedules(List.of(weekly(activity)));
        activity.expandOccurrences(FROM, TO);
        Schedule later = Schedule.recurring(activity, LocalDateTime.of(2030, 1, 1, 12, 0), Duration.ofHours(1),
                "FREQ=WEEKLY;COUNT=4", HELSINKI);
        assertThat(activity.replaceSchedules(List.of(later))).isTrue();
        assertThat(activity.occurrences()).isEmpty();
        activity.expandOccurrences(FROM, TO);
        assertThat(activity.schedules()).containsExactly(later);
        assertThat(activity.occurrences()).hasSize(4)
                .allSatisfy(o -> assertThat(o.startsAt().atZone(HELSINKI).getHour()).isEqualTo(12));
    }

    @Test
    void aSingleDateKeepsTheZoneItWasGiven() {
        Schedule stockholm = Schedule.single(null, LocalDateTime.of(2030, 3, 11, 17, 0), Duration.ofHours(1),
                ZoneId.of("Europe/Stockholm"));
        assertThat(stockholm.occurrencesBetween(FROM, FROM.plusDays(90))).singleElement()
                .satisfies(i -> assertThat(i.start().atZone(HELSINKI).getHour()).isEqualTo(18));
    }
}
