package fi.silta.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

@QuarkusTest
class CalendarExportTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    ActivityRepository activities;

    @Test
    void aWeeklyActivityIsOneSeriesInHelsinkiTimeWithItsCancelledSessionExcluded() throws Exception {
        long id = fixtures.activity(ActivitySpec.titled("Kalenteritesti kvargi"));
        AtomicReference<LocalDateTime> cancelled = new AtomicReference<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Occurrence next = activities.findById(id).nextOccurrences(Instant.now(), 1).get(0);
            next.cancel();
            cancelled.set(LocalDateTime.ofInstant(next.startsAt(), HELSINKI));
        });
        String body = download(id);
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent series = events.get(0);
        assertThat(series.getSummary().getValue()).isEqualTo("Kalenteritesti kvargi");
        assertThat(property(series, Property.RRULE)).isEqualTo("FREQ=WEEKLY");
        assertThat(body).contains("DTSTART;TZID=Europe/Helsinki:").contains("T100000")
                .contains("EXDATE;TZID=Europe/Helsinki:" + ical(cancelled.get()));
        assertThat(property(series, Property.LOCATION)).contains("Testikatu 1");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).map(Property::getValue)).contains("Europe/Helsinki");
        // Summer and winter time as Finland keeps them: +03 from the last Sunday of March, +02 from October's.
        assertThat(body).contains("TZOFFSETTO:+0300").contains("TZOFFSETTO:+0200").contains("BYMONTH=3;BYDAY=-1SU")
                .contains("BYMONTH=10;BYDAY=-1SU");
        given().when().get("/api/v1/activities/" + id).then().statusCode(200).contentType("application/json");
    }

    @Test
    void everyDownloadNamesTheSeriesByTheSameUidSoACalendarUpdatesIt() throws Exception {
        long id = fixtures.activity(ActivitySpec.titled("Kalenteritesti pysyvä"));
        String first = property(series(download(id)), Property.UID);
        QuarkusTransaction.requiringNew().run(() -> activities.findById(id)
                .nextOccurrences(Instant.now(), 2).get(1).cancel());
        String second = download(id);
        assertThat(property(series(second), Property.UID)).isEqualTo(first).startsWith("activity-" + id + "-");
        assertThat(second).contains("EXDATE");
    }

    @Test
    void irregularDatesAreOneSeriesWithItsDatesListed() throws Exception {
        LocalDateTime first = LocalDate.now(HELSINKI).plusDays(3).atTime(17, 30);
        long id = fixtures.activity(ActivitySpec.titled("Kalenteritesti epäsäännöllinen").once(first));
        QuarkusTransaction.requiringNew().run(() -> {
            Schedule schedule = activities.findById(id).schedules().get(0);
            schedule.addExtraDate(first.plusDays(9));
            schedule.addExtraDate(first.plusDays(23).withHour(12));
        });
        String body = download(id);
        VEvent series = series(body);
        assertThat(series.getProperty(Property.RRULE)).isEmpty();
        assertThat(body).contains("DTSTART;TZID=Europe/Helsinki:" + ical(first))
                .contains("RDATE;TZID=Europe/Helsinki:" + ical(first.plusDays(9)) + ","
                        + ical(first.plusDays(23).withHour(12)))
                .contains("DURATION:PT1H");
    }

    @Test
    void theActivityPageOffersASubscriptionBesideTheDownload() {
        long id = fixtures.activity(ActivitySpec.titled("Kalenteritesti tilaus"));
        Document page = Jsoup.parse(given().queryParam("lang", "sv").when().get("/activities/" + id).then()
                .statusCode(200).extract().asString());
        assertThat(page.select("a[href^=/api/v1/activities/" + id + ".ics]").attr("href")).endsWith("lang=sv");
        assertThat(page.select("a[href^=webcal:]").attr("href"))
                .isEqualTo("webcal://localhost:8080/api/v1/activities/" + id + ".ics?lang=sv");
        assertThat(page.select("a[href^=webcal:]").text()).startsWith("Prenumerera");
    }

    @Test
    void aSearchsCalendarHoldsTheSessionsOfItsActivities() throws Exception {
        fixtures.activity(ActivitySpec.titled("Kalenterihaku kvoorumi").once(LocalDate.now().plusDays(5)
                .atTime(12, 0)));
        fixtures.activity(ActivitySpec.titled("Kalenterihaku kvoorumi toinen").once(LocalDate.now()
                .plusDays(6).atTime(12, 0)));
        String body = given().queryParam("q", "kvoorumi").when().get("/api/v1/activities.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Kalenterihaku kvoorumi", "Kalenterihaku kvoorumi toinen");
        given().queryParam("weekday", "someday").when().get("/api/v1/activities.ics").then().statusCode(400);
    }

    private static String download(long id) {
        return given().when().get("/api/v1/activities/" + id + ".ics").then().statusCode(200)
                .contentType("text/calendar").header("Content-Disposition", "attachment; filename=\"silta-activity-"
                        + id + ".ics\"")
                .extract().asString();
    }

    private static VEvent series(String body) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static String ical(LocalDateTime time) {
        return String.format("%04d%02d%02dT%02d%02d00", time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute());
    }
}
