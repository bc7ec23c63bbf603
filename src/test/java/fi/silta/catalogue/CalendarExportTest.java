package fi.silta.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@QuarkusTest
class CalendarExportTest {

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    ActivityRepository activities;

    @Test
    void oneActivitysCalendarParsesAndMarksACancelledSession() throws Exception {
        long id = fixtures.activity(ActivitySpec.titled("Kalenteritesti kvargi"));
        QuarkusTransaction.requiringNew().run(() -> {
            Activity activity = activities.findById(id);
            activity.nextOccurrences(java.time.Instant.now(), 1).get(0).cancel();
        });
        String body = given().when().get("/api/v1/activities/" + id + ".ics").then().statusCode(200)
                .contentType("text/calendar").header("Content-Disposition", "attachment; filename=\"silta-activity-"
                        + id + ".ics\"")
                .extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSizeGreaterThan(10);
        assertThat(events).allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("Kalenteritesti kvargi"));
        assertThat(events.get(0).getProperty(Property.STATUS).map(Property::getValue)).contains("CANCELLED");
        assertThat(events.get(1).getProperty(Property.STATUS)).isEmpty();
        assertThat(events.get(0).getProperty(Property.LOCATION).map(Property::getValue).orElseThrow())
                .contains("Testikatu 1");
        given().when().get("/api/v1/activities/" + id).then().statusCode(200).contentType("application/json");
    }

    @Test
    void aSearchsCalendarHoldsTheSessionsOfItsActivities() throws Exception {
        fixtures.activity(ActivitySpec.titled("Kalenterihaku kvoorumi").once(java.time.LocalDate.now().plusDays(5)
                .atTime(12, 0)));
        fixtures.activity(ActivitySpec.titled("Kalenterihaku kvoorumi toinen").once(java.time.LocalDate.now()
                .plusDays(6).atTime(12, 0)));
        String body = given().queryParam("q", "kvoorumi").when().get("/api/v1/activities.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Kalenterihaku kvoorumi", "Kalenterihaku kvoorumi toinen");
        given().queryParam("weekday", "someday").when().get("/api/v1/activities.ics").then().statusCode(400);
    }
}
