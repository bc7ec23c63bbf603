package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/** The same activity published by two sources is one activity with both provenances. */
@QuarkusTest
class DeduplicationTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static FeedServer server;

    @Inject
    ActivityOriginRepository origins;
    @Inject
    ImportSourceRepository sources;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A calendar with the shared choir evening (titled and placed as this publisher writes it) and one more. */
    private static String calendar(String uid, String title, String location, String otherUid, String description) {
        String day = LocalDate.now(HELSINKI).plusDays(5).format(DateTimeFormatter.BASIC_ISO_DATE);
        return """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Silta tests//Dedup//FI
                BEGIN:VEVENT
                UID:%s
                SUMMARY:%s
                DESCRIPTION:%s
                LOCATION:%s
                DTSTART;TZID=Europe/Helsinki:%sT180000
                DURATION:PT90M
                RRULE:FREQ=WEEKLY;COUNT=6
                END:VEVENT
                BEGIN:VEVENT
                UID:%s
                SUMMARY:Oma tapahtuma %s
                LOCATION:Kerhohuone
                DTSTART;TZID=Europe/Helsinki:%sT100000
                DURATION:PT1H
                END:VEVENT
                END:VCALENDAR
                """.formatted(uid, title, description, location, day, otherUid, otherUid, day);
    }

    private Activity activityOf(String source, String originId) {
        return origins.findByOrigin(sources.findByName(source).orElseThrow(), originId).orElseThrow().activity();
    }

    @Test
    void aSecondSourceAddsItsProvenanceInsteadOfADuplicate() {
        server.serve("/parish.ics", "text/calendar", calendar("kuoro-123@parish", "Yhteislauluilta",
                "Seurakuntatalo\\, 67100 Kokkola", "parish-only", "Laulamme yhdessä."));
        // The association writes the same evening with other capitals and punctuation.
        server.serve("/association.ics", "text/calendar", calendar("ev-987@association", "YHTEISLAULUILTA!",
                "SEURAKUNTATALO\\, 67100 Kokkola", "association-only", "Tervetuloa laulamaan."));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "dedup-parish", "ICS", server.url("/parish.ics"));
        ImportFixtures.createSource(token, "dedup-association", "ICS", server.url("/association.ics"));

        assertThat(ImportFixtures.runToEnd(token, "dedup-parish").getInt("counts.created")).isEqualTo(2);
        JsonPath second = ImportFixtures.runToEnd(token, "dedup-association");
        assertThat(second.getInt("counts.created")).isEqualTo(1);
        assertThat(second.getInt("counts.updated")).isEqualTo(1);

        long id = QuarkusTransaction.requiringNew().call(() -> {
            Activity fromParish = activityOf("dedup-parish", "kuoro-123@parish");
            Activity fromAssociation = activityOf("dedup-association", "ev-987@association");
            assertThat(fromAssociation.id()).isEqualTo(fromParish.id());
            assertThat(origins.ofActivity(fromParish)).extracting(o -> o.source().name(), ActivityOrigin::primary)
                    .containsExactlyInAnyOrder(tuple("dedup-parish", true), tuple("dedup-association", false));
            return fromParish.id();
        });
        // The content stays the first source's.
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Yhteislauluilta"))
                .body("description", equalTo("Laulamme yhdessä."));

        // The parish drops the evening (forced: that is half of its feed). The association still publishes it,
        // so the activity stays and its content now comes from the association.
        server.serve("/parish.ics", "text/calendar", calendar("parish-only-2", "Toinen tapahtuma", "Kerhohuone",
                "parish-only", "Muuta."));
        JsonPath dropped = ImportFixtures.runToEnd(token, "dedup-parish", true);
        assertThat(dropped.getInt("counts.archived")).isEqualTo(1);
        given().when().get("/api/v1/activities/" + id).then().statusCode(200);
        assertThat(ImportFixtures.runToEnd(token, "dedup-association").getInt("counts.updated")).isEqualTo(1);
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("YHTEISLAULUILTA!"))
                .body("description", equalTo("Tervetuloa laulamaan."));
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                activityOf("dedup-association", "ev-987@association").status()).isEqualTo(ActivityStatus.PUBLISHED));
    }

    /** A venue's feed titles the gig "X at Venue", the band's own calendar "X": one activity at one place. */
    @Test
    void theSameGigTitledWithAndWithoutItsVenueIsOneActivity() {
        server.serve("/venue.ics", "text/calendar", calendar("gig-1@venue", "Kallion Kuoro at Tavastia",
                "Tavastia\\, Urho Kekkosen katu 4\\, 00100 Helsinki", "venue-only", "Kuoro laulaa."));
        server.serve("/band.ics", "text/calendar", calendar("keikka@band", "Kallion kuoro",
                "Tavastia\\, 00100 Helsinki", "band-only", "Tervetuloa keikalle."));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "dedup-venue", "ICS", server.url("/venue.ics"));
        ImportFixtures.createSource(token, "dedup-band", "ICS", server.url("/band.ics"));
        assertThat(ImportFixtures.runToEnd(token, "dedup-venue").getInt("counts.created")).isEqualTo(2);
        JsonPath band = ImportFixtures.runToEnd(token, "dedup-band");
        assertThat(band.getInt("counts.created")).as(band.prettify()).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> assertThat(activityOf("dedup-band", "keikka@band").id())
                .isEqualTo(activityOf("dedup-venue", "gig-1@venue").id()));
    }
}
