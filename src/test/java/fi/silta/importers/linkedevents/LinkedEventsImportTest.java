package fi.silta.importers.linkedevents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.KeywordMaps;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.Templates;

/** A city's Linked Events API, two pages served on loopback, imported end to end. */
@QuarkusTest
class LinkedEventsImportTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Path SHARED = Path.of("src/test/resources/reference-data/activities/linkedevents-helsinki");
    private static FeedServer server;

    @Inject
    ActivityRepository activities;
    @Inject
    KeywordMaps keywordMaps;

    @BeforeAll
    static void serveTwoPages() {
        server = FeedServer.start();
        String base = server.url("");
        server.serve("/linkedevents/v1/event/?include=location,keywords&page_size=100", "application/json",
                Templates.fill("importers/linkedevents/page-1.json", base));
        server.serve("/linkedevents/v1/event/?include=location,keywords&page=2&page_size=100", "application/json",
                Templates.fill("importers/linkedevents/page-2.json", base));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private long activityId(String originId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> activities.findByOrigin("helsinki-le", originId).map(Activity::id).orElseThrow());
    }

    private static String at(int days, String time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(LocalDate.now(HELSINKI).plusDays(days).atTime(LocalTime.parse(time)).atZone(HELSINKI));
    }

    @Test
    void eventsArriveWithTheirFieldsAndARecurringSeriesIsOneActivity() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "helsinki-le", "type", "LINKED_EVENTS",
                "url", server.url("/linkedevents/v1/event/"), "defaults", Map.of("municipality", "091")));
        JsonPath run = ImportFixtures.runToEnd(token, "helsinki-le");
        assertThat(run.getInt("counts.created")).isEqualTo(3);
        assertThat(run.getInt("counts.failed")).isEqualTo(1);
        assertThat(run.getString("errors[0].originId")).isEqualTo("helsinki:syyskurssi");
        assertThat(run.getString("errors[0].reason")).contains("longer than 31 days");
        assertThat(server.requests("/linkedevents/v1/event/")).isEqualTo(2);

        long gym = activityId("helsinki:tuolijumppa");
        given().queryParam("lang", "sv").when().get("/api/v1/activities/" + gym).then().statusCode(200)
                .body("title", equalTo("Stolgympa i Berghäll"))
                .body("summary", equalTo("Mjuk motion sittande för äldre."))
                .body("place.name", equalTo("Berghälls servicecentral"));
        given().when().get("/api/v1/activities/" + gym).then().statusCode(200)
                .body("title", equalTo("Tuolijumppa Kalliossa"))
                .body("description", equalTo("Ohjattu tuolijumppa palvelukeskuksessa.\n\nEi ennakkoilmoittautumista."))
                .body("description", not(containsString("onerror")))
                .body("place.streetAddress", equalTo("Helsinginkatu 22"))
                .body("place.postalCode", equalTo("00530"))
                .body("place.lat", equalTo(60.1841f))
                .body("place.lon", equalTo(24.9502f))
                .body("municipality.code", equalTo("091"))
                .body("categories.code", containsInAnyOrder("PHYSICAL_ACTIVITY", "PEER_SUPPORT"))
                .body("targetGroups.code", containsInAnyOrder("SENIORS"))
                .body("languages", containsInAnyOrder("fi", "sv"))
                .body("free", equalTo(true))
                .body("ageMin", equalTo(65))
                .body("infoUrl", equalTo("https://www.hel.fi/tuolijumppa"))
                .body("contact.name", equalTo("Kallion palvelukeskus"))
                // Three sub-events: three dates, the cancelled one shown as cancelled.
                .body("nextOccurrences", hasSize(3))
                .body("nextOccurrences.start", equalTo(List.of(at(6, "10:00"), at(13, "10:00"), at(20, "10:00"))))
                .body("nextOccurrences.cancelled", equalTo(List.of(false, true, false)));

        given().when().get("/api/v1/activities/" + activityId("helsinki:muistikahvila")).then().statusCode(200)
                .body("categories.code", containsInAnyOrder("MEMORY"))
                .body("targetGroups.code", containsInAnyOrder("SENIORS"))
                .body("free", equalTo(false))
                .body("price", equalTo("5 €"))
                .body("nextOccurrences[0].start", equalTo(at(9, "14:00")))
                .body("nextOccurrences[0].end", equalTo(at(9, "15:30")));

        given().when().get("/api/v1/activities/" + activityId("helsinki:digitreffit")).then().statusCode(200)
                .body("online", equalTo(true))
                .body("onlineUrl", equalTo("https://www.hel.fi/digitreffit"))
                .body("categories.code", containsInAnyOrder("DIGITAL_SUPPORT"));

        JsonPath again = ImportFixtures.runToEnd(token, "helsinki-le");
        assertThat(again.getInt("counts.unchanged")).isEqualTo(3);
        assertThat(again.getInt("counts.created") + again.getInt("counts.updated")).isZero();
    }

    /** Helsinki's target-group keywords (the shared helfi_keywords.yaml) map to Silta's target groups. */
    @Test
    void helsinkiTargetGroupKeywordsMapToTargetGroups() throws IOException {
        Map<String, String> namesById = helfiKeywords();
        assertThat(namesById).containsKeys("helfi:1", "helfi:2", "helfi:3", "helfi:4", "helfi:5");
        KeywordMap keywords = keywordMaps.load();
        Map<String, String> expected = Map.of("helfi:1", "FAMILIES", "helfi:2", "YOUTH", "helfi:3", "IMMIGRANTS",
                "helfi:4", "PEOPLE_WITH_DISABILITIES", "helfi:5", "SENIORS");
        expected.forEach((id, group) -> {
            assertThat(keywords.matches().linkedEventsKeyword(id).targetGroups()).as(id).containsExactly(group);
            // The same keyword without a known id is still understood by its Finnish name.
            assertThat(keywords.matches().linkedEventsKeyword("unknown:" + id, namesById.get(id)).targetGroups())
                    .as(namesById.get(id)).contains(group);
        });
        // Companies and associations are publishers, not target groups of wellbeing activities.
        assertThat(keywords.matches().linkedEventsKeyword("helfi:6").targetGroups()).isEmpty();
    }

    private static Map<String, String> helfiKeywords() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("pk: (helfi:\\d+)\\s+fields:\\s+data_source: helfi\\s+name_fi: ([^\\n]+)")
                .matcher(Files.readString(SHARED.resolve("helfi_keywords.yaml")));
        while (matcher.find()) {
            names.put(matcher.group(1), matcher.group(2).strip());
        }
        return names;
    }
}
