package fi.silta.importers.linkedevents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/**
 * The Linked Events fixtures in the reference data are the feeds Linked Events itself aggregates: the
 * Österbotten calendar's XML, Espoo's OpenNC JSON and Lippupiste's list. Each imports with its fields, and a
 * second run changes nothing, whether the source has the feed's own type or is a Linked Events source that was
 * given the feed before those types existed.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamEventFormatsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/reference-data/activities/linkedevents-helsinki");
    private static FeedServer server;

    @Inject
    ActivityRepository activities;

    @BeforeAll
    static void serveTheOsterbottenCalendar() throws IOException {
        server = FeedServer.start();
        String template = Files.readString(FIXTURES.resolve("osterbotten_events.xml"));
        String events = strip(FIXTURES.resolve("osterbotten_event_1_fi.xml"))
                + strip(FIXTURES.resolve("osterbotten_event_2_fi.xml"));
        String swedish = strip(FIXTURES.resolve("osterbotten_event_1_sv.xml"));
        // The template's page says 200 items in all; these pages hold the whole calendar.
        server.serve("/EventService/search?Locale=fi_FI", "application/xml", page(template, "fi_FI", 2, events));
        server.serve("/EventService/search?Locale=sv_SE", "application/xml", page(template, "sv_SE", 1, swedish));
        server.serve("/EventService/search?Locale=en_US", "application/xml", page(template, "en_US", 0, ""));
    }

    private static String page(String template, String locale, int items, String events) {
        return template.replace("<Locale>sv_SE</Locale>", "<Locale>" + locale + "</Locale>")
                .replace("<TotalItems>200</TotalItems>", "<TotalItems>" + items + "</TotalItems>")
                .replace("<Items>0</Items>", "<Items>" + items + "</Items>").replace("___EVENTS___", events);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String strip(Path file) throws IOException {
        return Files.readString(file).replaceFirst("^<\\?xml[^>]*>", "");
    }

    private static String fileUrl(String name) {
        return FIXTURES.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }

    private long activityId(String source, String originId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> activities.findByOrigin(source, originId).map(Activity::id).orElseThrow());
    }

    private List<LocalDateTime> sessionStarts(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Activity activity = activities.findById(id);
            return activity.schedules().stream().flatMap(s -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(s.firstStart()), s.extraDates().stream())).sorted().toList();
        });
    }

    private static void assertUnchangedOnSecondRun(String token, String source, int records) {
        JsonPath again = ImportFixtures.runToEnd(token, source);
        assertThat(again.getInt("counts.unchanged")).as(source).isEqualTo(records);
        assertThat(again.getInt("counts.created") + again.getInt("counts.updated")).as(source).isZero();
    }

    @Test
    void theOsterbottenCalendarImportsEachEventOnceWithItsFinnishAndSwedishTexts() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "osterbotten", "type", "LINKED_EVENTS",
                "url", server.url("/EventService/search?Locale=fi_FI"), "defaults", Map.of("municipality", "272")));
        JsonPath run = ImportFixtures.runToEnd(token, "osterbotten");
        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("counts.created")).isEqualTo(2);

        long id = activityId("osterbotten", "osterbotten:123456");
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Testi"))
                .body("summary", equalTo("Tämä on testi"))
                .body("description", equalTo("Tämä on testitapahtuma"))
                .body("place.name", equalTo("Testipaikka"))
                .body("place.streetAddress", equalTo("Testitie 1"))
                .body("place.postalCode", equalTo("12345"))
                .body("infoUrl", equalTo("https://events.example.fi/fi/tapahtumat/nayta/123456"))
                .body("free", equalTo(true))
                .body("languages", containsInAnyOrder("fi", "sv"))
                .body("contact.name", equalTo("Esimerkki"));
        given().queryParam("lang", "sv").when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Testa"))
                .body("description", equalTo("Detta är en testhändelse"));
        // Each listed date is a session, in Finnish time.
        assertThat(sessionStarts(id)).containsExactly(LocalDateTime.parse("2030-10-05T08:00"),
                LocalDateTime.parse("2030-10-06T08:00"));
        given().when().get("/api/v1/activities/" + activityId("osterbotten", "osterbotten:123457")).then()
                .statusCode(200).body("title", equalTo("Testi 2"));

        assertUnchangedOnSecondRun(token, "osterbotten", 2);
    }

    @Test
    void aSingleOsterbottenEventFileImportsAndTheMunicipalityListIsRefusedWithAReason() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "osterbotten-one", "type", "LINKED_EVENTS",
                "url", fileUrl("osterbotten_event_1_sv.xml"), "defaults", Map.of("municipality", "272")));
        JsonPath run = ImportFixtures.runToEnd(token, "osterbotten-one");
        assertThat(run.getInt("counts.created")).isEqualTo(1);
        given().queryParam("lang", "sv").when()
                .get("/api/v1/activities/" + activityId("osterbotten-one", "osterbotten:123456")).then()
                .body("title", equalTo("Testa")).body("summary", equalTo("Detta är ett prov"));

        ImportFixtures.createSource(token, Map.of("name", "osterbotten-municipalities", "type", "LINKED_EVENTS",
                "url", fileUrl("osterbotten_municipalities.xml")));
        JsonPath refused = ImportFixtures.runToEnd(token, "osterbotten-municipalities");
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("message")).contains("municipality list");
        assertThat(refused.getInt("counts.created")).isZero();
    }

    @Test
    void espooOpenNcContentImportsWithItsFields() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "espoo-opennc", "type", "LINKED_EVENTS",
                "url", fileUrl("espoo_opennc_event_2017.json"), "defaults", Map.of("municipality", "049")));
        JsonPath run = ImportFixtures.runToEnd(token, "espoo-opennc");
        assertThat(run.getInt("counts.created")).as(run.prettify()).isEqualTo(1);

        long id = activityId("espoo-opennc", "espoo:93902");
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("Yleisöopastus KAMUssa: Lasin aika - Kauklahden lasitehdas 1923-1952"))
                .body("summary", startsWith("Kuinka lasi syntyy ja taipuu mestarien käsissä?"))
                .body("description", containsString("työntekijöiden arkeen"))
                .body("description", org.hamcrest.Matchers.not(containsString("<div>")))
                .body("place.name", equalTo("Espoon kaupunginmuseo KAMU, Näyttelykeskus WeeGee"))
                .body("place.streetAddress", equalTo("Ahertajantie 5"))
                .body("place.postalCode", equalTo("02100"))
                .body("infoUrl", equalTo("http://www.espoonkaupunginmuseo.fi/fi-FI/KAMU_WeeGee"))
                .body("free", equalTo(false))
                .body("price", startsWith("Näyttelykeskus WeeGeen sisäänpääsy 12 €"))
                .body("targetGroups.code", org.hamcrest.Matchers.hasItems("SENIORS", "YOUTH"));
        assertThat(sessionStarts(id)).containsExactly(LocalDateTime.parse("2017-09-03T14:00"));

        assertUnchangedOnSecondRun(token, "espoo-opennc", 1);
    }

    @Test
    void lippupistePerformancesImportWithTheirFields() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "lippupiste", "type", "LINKED_EVENTS",
                "url", fileUrl("lippupiste_response.json"), "defaults", Map.of("municipality", "837")));
        JsonPath run = ImportFixtures.runToEnd(token, "lippupiste");
        assertThat(run.getInt("counts.created")).as(run.prettify()).isEqualTo(1);

        long id = activityId("lippupiste", "lippupiste:serie-1231231");
        given().when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("title", equalTo("PIENET JUHLAT"))
                .body("description", containsString("Pienet juhlat on klassikkonäytelmä"))
                .body("description", containsString("Muista ottaa liput mukaan"))
                .body("place.name", equalTo("Testi Teatteri, Suuri näyttämö"))
                .body("place.streetAddress", equalTo("Testitie 123"))
                .body("place.postalCode", equalTo("01337"))
                .body("infoUrl", containsString("key=1231231$11116307&language=fi"))
                .body("free", equalTo(false))
                .body("contact.name", equalTo("Helsingin Kaupunginteatteri"));
        assertThat(sessionStarts(id)).containsExactly(LocalDateTime.parse("2020-04-24T19:00"));

        assertUnchangedOnSecondRun(token, "lippupiste", 1);
    }

    /**
     * Runs last: the same events from a second source become further provenances of the activities the tests
     * above created, so what this test can hold to is that each run reads every record without a failure.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void eachAggregatedFeedImportsUnderItsOwnTypeToo() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "oma-osterbotten", "type", "OSTERBOTTEN",
                "url", server.url("/EventService/search?Locale=fi_FI"), "defaults", Map.of("municipality", "272")));
        ImportFixtures.createSource(token, Map.of("name", "oma-espoo", "type", "ESPOO",
                "url", fileUrl("espoo_opennc_event_2017.json"), "defaults", Map.of("municipality", "049")));
        ImportFixtures.createSource(token, Map.of("name", "oma-lippupiste", "type", "LIPPUPISTE",
                "url", fileUrl("lippupiste_response.json"), "defaults", Map.of("municipality", "837")));
        for (Map.Entry<String, Integer> source : Map.of("oma-osterbotten", 2, "oma-espoo", 1, "oma-lippupiste", 1)
                .entrySet()) {
            JsonPath run = ImportFixtures.runToEnd(token, source.getKey());
            assertThat(run.getString("status")).as(run.prettify()).isEqualTo("SUCCEEDED");
            assertThat(run.getInt("progress.processed")).as(source.getKey()).isEqualTo(source.getValue());
            assertThat(run.getInt("counts.failed")).as(source.getKey()).isZero();
        }

        // A feed of another kind is not read as this type's: the run fails with a reason.
        ImportFixtures.createSource(token, Map.of("name", "vaara-lippupiste", "type", "LIPPUPISTE",
                "url", fileUrl("espoo_opennc_event_2017.json")));
        JsonPath wrong = ImportFixtures.runToEnd(token, "vaara-lippupiste");
        assertThat(wrong.getString("status")).isEqualTo("FAILED");
        assertThat(wrong.getString("message")).contains("Lippupiste");
    }
}
