package fi.silta.importers.csv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
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
import fi.silta.testsupport.Templates;

/** An association's spreadsheet in Silta's CSV template, as Excel in Finland saves it. */
@QuarkusTest
class CsvImportTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
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

    private long activityId(String source, String originId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> activities.findByOrigin(source, originId).map(Activity::id).orElseThrow());
    }

    private static String at(int days, String time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(LocalDate.now(HELSINKI).plusDays(days).atTime(LocalTime.parse(time)).atZone(HELSINKI));
    }

    @Test
    void rowsBecomeActivitiesAndBadRowsAreReportedByRowNumber() {
        server.serve("/toiminta.csv", "text/csv", Templates.fill("importers/csv/yhdistys.csv", ""));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "yhdistys-csv", "CSV", server.url("/toiminta.csv"));
        JsonPath run = ImportFixtures.runToEnd(token, "yhdistys-csv");
        assertThat(run.getInt("counts.created")).isEqualTo(2);
        assertThat(run.getInt("counts.failed")).isEqualTo(2);
        assertThat(run.getList("errors.reason", String.class)).containsExactly(
                "row 5 has start_date '31.2.2030'; write a date as 2025-03-04 or 4.3.2025", "row 6 has no title");
        assertThat(run.getString("errors[0].excerpt")).startsWith("rikki-3;Rikkinäinen päivä");

        given().when().get("/api/v1/activities/" + activityId("yhdistys-csv", "kahvila-1")).then().statusCode(200)
                .body("title", equalTo("Kohtaamiskahvila"))
                .body("summary", equalTo("Kahvia ja seuraa joka viikko."))
                .body("description", equalTo("Tule juttelemaan; kahvi on ilmaista."))
                .body("place.name", equalTo("Järjestötalo"))
                .body("place.lat", equalTo(63.839f))
                .body("municipality.code", equalTo("272"))
                .body("categories.code", containsInAnyOrder("SOCIAL", "PEER_SUPPORT"))
                .body("targetGroups.code", containsInAnyOrder("SENIORS"))
                .body("languages", containsInAnyOrder("fi", "sv"))
                .body("free", equalTo(true))
                .body("contact.email", equalTo("liisa@yhdistys.example"))
                // Weekly from two weeks ago: today's session (if not over), then a cancelled one, an exception.
                .body("nextOccurrences.find { it.start == '" + at(7, "13:00") + "' }.cancelled", equalTo(true))
                .body("nextOccurrences.start", hasItem(at(21, "13:00")))
                .body("nextOccurrences.findAll { it.start == '" + at(14, "13:00") + "' }", equalTo(List.of()));
        given().queryParam("lang", "sv").when().get("/api/v1/activities/" + activityId("yhdistys-csv", "kahvila-1"))
                .then().statusCode(200).body("title", equalTo("Mötescafé"));

        given().when().get("/api/v1/activities/" + activityId("yhdistys-csv", "digi-2")).then().statusCode(200)
                .body("online", equalTo(true))
                .body("onlineUrl", equalTo("https://meet.example/digiapu"))
                .body("free", equalTo(false))
                .body("price", equalTo("2 €"))
                .body("categories.code", containsInAnyOrder("DIGITAL_SUPPORT"))
                .body("nextOccurrences[0].start", equalTo(at(3, "10:00")))
                .body("nextOccurrences[0].end", equalTo(at(3, "10:45")));
    }

    @Test
    void aHeaderOutsideTheTemplateFailsTheFeedNamingTheColumns() {
        server.serve("/vaarin.csv", "text/csv", "id,otsikko,start_date,place_name\n1,Kerho,1.1.2030,Talo\n");
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, "wrong-header", "CSV", server.url("/vaarin.csv"));
        JsonPath run = ImportFixtures.runToEnd(token, "wrong-header");
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("unknown columns otsikko")
                .contains("missing columns title_fi, title_sv or title_en");
    }

    @Test
    void aSpreadsheetSavedAsWindows1252IsReadCorrectly() {
        String csv = "id,title_fi,place_name,start_date,start_time\nvanha-1,Käsityöpiiri Törnävällä,Seurantalo,"
                + LocalDate.now(HELSINKI).plusDays(10) + ",18:00\n";
        server.serve("/excel.csv", "text/csv", csv.getBytes(Charset.forName("windows-1252")));
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "excel-csv", "type", "CSV", "url", server.url("/excel.csv")));
        assertThat(ImportFixtures.runToEnd(token, "excel-csv").getString("status")).isEqualTo("SUCCEEDED");
        given().when().get("/api/v1/activities/" + activityId("excel-csv", "vanha-1")).then().statusCode(200)
                .body("title", equalTo("Käsityöpiiri Törnävällä"));
    }
}
