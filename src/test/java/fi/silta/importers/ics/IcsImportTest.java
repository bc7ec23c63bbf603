package fi.silta.importers.ics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/** A parish calendar imported end to end: fetched over HTTP, written, shown, re-imported, shrunk. */
@QuarkusTest
class IcsImportTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static FeedServer server;

    @Inject
    ActivityRepository activities;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /**
     * A weekly group that began three weeks ago (one date moved a day later, one cancelled), a concert next
     * week, and an event without a place.
     */
    static String parishCalendar(String concertTitle, boolean withConcert, LocalDateTime movedTo) {
        LocalDate today = LocalDate.now(HELSINKI);
        LocalDateTime first = today.minusWeeks(3).atTime(10, 0);
        StringBuilder ics = new StringBuilder("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Silta tests//Parish//FI
                BEGIN:VEVENT
                UID:kerho@parish.example
                SUMMARY:Seniorikerho
                DESCRIPTION:Kahvia\\, juttelua ja hartaus.
                LOCATION:Seurakuntakeskus\\, Kirkkokatu 5\\, 67100 Kokkola
                CATEGORIES:Seniorit
                """);
        ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(first)).append('\n');
        ics.append("DTEND;TZID=Europe/Helsinki:").append(LOCAL.format(first.plusHours(2))).append('\n');
        ics.append("RRULE:FREQ=WEEKLY\nEND:VEVENT\n");
        ics.append("BEGIN:VEVENT\nUID:kerho@parish.example\n");
        ics.append("RECURRENCE-ID;TZID=Europe/Helsinki:").append(LOCAL.format(first.plusWeeks(4))).append('\n');
        ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(movedTo)).append('\n');
        ics.append("DURATION:PT2H\nSUMMARY:Seniorikerho\nEND:VEVENT\n");
        ics.append("BEGIN:VEVENT\nUID:kerho@parish.example\nSTATUS:CANCELLED\n");
        ics.append("RECURRENCE-ID;TZID=Europe/Helsinki:").append(LOCAL.format(first.plusWeeks(5))).append('\n');
        ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(first.plusWeeks(5))).append('\n');
        ics.append("SUMMARY:Seniorikerho\nEND:VEVENT\n");
        if (withConcert) {
            ics.append("BEGIN:VEVENT\nUID:konsertti@parish.example\nSUMMARY:").append(concertTitle).append('\n');
            ics.append("LOCATION:Kokkolan kirkko\\, Pitkänsillankatu 2\\, 67100 Kokkola\n");
            ics.append("DTSTART;TZID=Europe/Helsinki:").append(LOCAL.format(today.plusDays(8).atTime(18, 0)))
                    .append("\nDURATION:PT1H\nEND:VEVENT\n");
        }
        ics.append("BEGIN:VEVENT\nUID:tuntematon@parish.example\nSUMMARY:Paikaton tapahtuma\n");
        ics.append("DTSTART:").append(LOCAL.format(today.plusDays(2).atTime(12, 0))).append("\nEND:VEVENT\n");
        return ics.append("END:VCALENDAR\n").toString();
    }

    static String iso(LocalDateTime local) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atZone(HELSINKI));
    }

    long activityId(String source, String uid) {
        return QuarkusTransaction.requiringNew()
                .call(() -> activities.findByOrigin(source, uid).map(Activity::id).orElseThrow());
    }

    long version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> activities.findById(id).version());
    }

    @Test
    void aCalendarIsImportedReImportedUnchangedUpdatedAndShrunkOnlyWhenForced() {
        String token = ImportFixtures.adminToken();
        LocalDate today = LocalDate.now(HELSINKI);
        LocalDateTime moved = today.minusWeeks(3).plusWeeks(4).plusDays(1).atTime(12, 0);
        server.serve("/parish.ics", "text/calendar; charset=utf-8", parishCalendar("Joulukonsertti", true, moved));
        ImportFixtures.createSource(token, "parish-ics", "ICS", server.url("/parish.ics"));

        JsonPath first = ImportFixtures.runToEnd(token, "parish-ics");
        assertThat(first.getString("status")).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(first.getInt("counts.created")).isEqualTo(2);
        assertThat(first.getInt("counts.failed")).isEqualTo(1);
        assertThat(first.getString("errors[0].originId")).isEqualTo("tuntematon@parish.example");
        assertThat(first.getString("errors[0].reason")).contains("no place");
        assertThat(first.getString("errors[0].excerpt")).contains("SUMMARY:Paikaton tapahtuma");

        long club = activityId("parish-ics", "kerho@parish.example");
        String movedStart = iso(moved);
        String cancelledStart = iso(today.minusWeeks(3).plusWeeks(5).atTime(10, 0));
        JsonPath detail = given().when().get("/api/v1/activities/" + club).then().statusCode(200)
                .body("title", equalTo("Seniorikerho"))
                .body("place.name", equalTo("Seurakuntakeskus"))
                .body("place.streetAddress", equalTo("Kirkkokatu 5"))
                .body("municipality.code", equalTo("272"))
                .body("targetGroups.code", hasItem("SENIORS"))
                .extract().jsonPath();
        List<Map<String, Object>> sessions = detail.getList("nextOccurrences");
        assertThat(sessions).anySatisfy(s -> {
            assertThat(s.get("start")).isEqualTo(movedStart);
            assertThat(s.get("cancelled")).isEqualTo(false);
        });
        assertThat(sessions).anySatisfy(s -> {
            assertThat(s.get("start")).isEqualTo(cancelledStart);
            assertThat(s.get("cancelled")).isEqualTo(true);
        });
        String originalDate = iso(today.minusWeeks(3).plusWeeks(4).atTime(10, 0));
        assertThat(sessions).noneSatisfy(s -> assertThat(s.get("start")).isEqualTo(originalDate));

        // The same feed again: every record unchanged, nothing written.
        long clubVersion = version(club);
        long concert = activityId("parish-ics", "konsertti@parish.example");
        long concertVersion = version(concert);
        JsonPath again = ImportFixtures.runToEnd(token, "parish-ics");
        assertThat(again.getInt("counts.unchanged")).isEqualTo(2);
        assertThat(again.getInt("counts.created") + again.getInt("counts.updated") + again.getInt("counts.archived"))
                .isZero();
        assertThat(version(club)).isEqualTo(clubVersion);
        assertThat(version(concert)).isEqualTo(concertVersion);

        // The concert is renamed and the moved date moves again: both activities are updated in place.
        LocalDateTime movedAgain = moved.plusDays(1);
        server.serve("/parish.ics", "text/calendar", parishCalendar("Kauneimmat joululaulut", true, movedAgain));
        JsonPath changed = ImportFixtures.runToEnd(token, "parish-ics");
        assertThat(changed.getInt("counts.updated")).isEqualTo(2);
        assertThat(activityId("parish-ics", "konsertti@parish.example")).isEqualTo(concert);
        given().when().get("/api/v1/activities/" + concert).then().statusCode(200)
                .body("title", equalTo("Kauneimmat joululaulut"));
        given().when().get("/api/v1/activities/" + club).then().statusCode(200)
                .body("nextOccurrences.start", hasItem(iso(movedAgain)))
                .body("nextOccurrences.start", not(hasItem(movedStart)));

        // The concert leaves the feed: half of the source's activities would go, so the run is refused.
        server.serve("/parish.ics", "text/calendar", parishCalendar("", false, movedAgain));
        JsonPath refused = ImportFixtures.runToEnd(token, "parish-ics");
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refused.getString("message")).contains("1 of the source's 2");
        given().when().get("/api/v1/activities/" + concert).then().statusCode(200);

        JsonPath forced = ImportFixtures.runToEnd(token, "parish-ics", true);
        assertThat(forced.getInt("counts.archived")).isEqualTo(1);
        assertThat(forced.getBoolean("forced")).isTrue();
        given().when().get("/api/v1/activities/" + concert).then().statusCode(404);
        given().when().get("/api/v1/activities/" + club).then().statusCode(200);
    }

    /**
     * A calendar saved as Windows-1252 that declares no charset (written by this test, as an old desktop
     * calendar exports it) keeps its ä and ö instead of losing them to replacement characters.
     */
    @Test
    void aCalendarInWindows1252KeepsItsLetters() {
        String start = LocalDate.now(HELSINKI).plusDays(10).atTime(18, 0).format(LOCAL);
        String calendar = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Silta tests//Windows-1252//FI\r
                BEGIN:VEVENT\r
                UID:lauluilta@kyla.example\r
                DTSTAMP:20291201T120000Z\r
                SUMMARY:Yhteislauluilta Kylätalolla\r
                DESCRIPTION:Lämmin tervetulotoivotus kaikille, myös ensikertalaisille.\r
                LOCATION:Kylätalo\\, Mäntytie 2\\, 67100 Kokkola\r
                DTSTART;TZID=Europe/Helsinki:%s\r
                DURATION:PT2H\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(start);
        server.serve("/windows-1252.ics", "text/calendar", calendar.getBytes(Charset.forName("windows-1252")));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "kyla-ics", "ICS", server.url("/windows-1252.ics"));
        JsonPath run = ImportFixtures.runToEnd(token, "kyla-ics");
        assertThat(run.getInt("counts.created") + run.getInt("counts.updated")).as(run.prettify()).isEqualTo(1);
        given().when().get("/api/v1/activities/" + activityId("kyla-ics", "lauluilta@kyla.example")).then()
                .statusCode(200)
                .body("title", equalTo("Yhteislauluilta Kylätalolla"))
                .body("description", equalTo("Lämmin tervetulotoivotus kaikille, myös ensikertalaisille."))
                .body("place.name", equalTo("Kylätalo"));
    }
}
