package fi.silta.importers.ics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.Schedule;
import fi.silta.common.Language;
import fi.silta.importers.ImportedActivity;
import fi.silta.importers.ImportedSchedule;
import fi.silta.importers.ParsedFeed;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

/**
 * Silta's own calendar file read back by Silta's iCalendar importer: what one exports, the other understands as
 * the same series, so the file says what the pages say.
 */
@QuarkusTest
class ActivityCalendarRoundTripTest {

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    ActivityRepository activities;

    @Test
    void theExportedSeriesReadsBackAsTheSameScheduleWithTheCancelledSessionLeftOut() throws Exception {
        long id = fixtures.activity(ActivitySpec.titled("Kiertokulku kvartetti"));
        AtomicReference<LocalDateTime> cancelled = new AtomicReference<>();
        AtomicReference<LocalDateTime> firstStart = new AtomicReference<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Occurrence next = activities.findById(id).nextOccurrences(Instant.now(), 1).get(0);
            next.cancel();
            cancelled.set(LocalDateTime.ofInstant(next.startsAt(), Schedule.DEFAULT_ZONE));
            firstStart.set(activities.findById(id).schedules().get(0).firstStart());
        });
        String text = given().when().get("/api/v1/activities/" + id + ".ics").then().statusCode(200).extract()
                .asString();
        ParsedFeed feed = new IcsImporter().parse(text, IcsImporterTest.session(Language.FI));
        assertThat(feed.failures()).isEmpty();
        assertThat(feed.records()).hasSize(1);
        ImportedActivity record = feed.records().get(0);
        assertThat(record.originId()).startsWith("activity-" + id + "-schedule-");
        assertThat(record.schedules()).hasSize(1);
        ImportedSchedule schedule = record.schedules().get(0);
        assertThat(schedule.rrule()).isEqualTo("FREQ=WEEKLY");
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(schedule.firstStart()).isEqualTo(firstStart.get());
        assertThat(schedule.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.exceptions()).containsExactly(cancelled.get());
    }
}
