package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * The catalogue's gaps: activities on offer for a need in a municipality are counted through the need-to-category
 * mapping (published, held within 30 days or ongoing), beside the referrals that named the need, those closed with
 * no suitable activity and residents' wishes; a need asked for with nothing on offer is a gap.
 */
@QuarkusTest
class GapsTest {

    private static final String LESTIJARVI = "421";
    /** The column of memory among the needs. */
    private static final int MEMORY = 3;
    private static final int CAREGIVER_LOAD = 6;

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void activitiesReferralsAndWishesMeetPerMunicipalityAndNeed() {
        JsonPath before = gaps();
        long offeredBefore = cell(before, "activities", LESTIJARVI, MEMORY);

        LocalDate soon = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(3);
        fixtures.activity(ActivitySpec.titled("Muistikahvila").in(LESTIJARVI, "43480", 63.52, 24.66)
                .categories("MEMORY").ongoing());
        fixtures.activity(ActivitySpec.titled("Muistijumppa").in(LESTIJARVI, "43480", 63.52, 24.66)
                .categories("MEMORY", "PHYSICAL_ACTIVITY").weekly(soon.atTime(10, 0), "FREQ=WEEKLY;COUNT=4"));
        // Not counted: a draft, and sessions only after the 30 days ahead.
        fixtures.activity(ActivitySpec.titled("Muistiluonnos").in(LESTIJARVI, "43480", 63.52, 24.66)
                .categories("MEMORY").ongoing().draft());
        fixtures.activity(ActivitySpec.titled("Muistisyksy").in(LESTIJARVI, "43480", 63.52, 24.66)
                .categories("MEMORY").once(soon.plusDays(60).atTime(10, 0)));

        String nurse = DemoUsers.accessToken("nurse");
        long unmatched = referral(nurse);
        referral(nurse);
        given().auth().oauth2(nurse).contentType("application/json").body(Map.of("status", "accepted"))
                .post("/api/v1/referrals/" + unmatched + "/transitions").then().statusCode(200);
        given().auth().oauth2(nurse).contentType("application/json")
                .body(Map.of("status", "failed", "outcome", "NO_SUITABLE_ACTIVITY"))
                .post("/api/v1/referrals/" + unmatched + "/transitions").then().statusCode(200);
        given().contentType("application/json").body(Map.of("municipality", LESTIJARVI, "need", "CAREGIVER_LOAD"))
                .post("/api/v1/surveys/missing-activities").then().statusCode(201);

        JsonPath after = gaps();
        assertThat(cell(after, "activities", LESTIJARVI, MEMORY)).isEqualTo(offeredBefore + 2);
        assertThat(shown(after, "referrals", LESTIJARVI, MEMORY)).isIn("<5", "..");
        assertThat(shown(after, "noSuitableActivity", LESTIJARVI, MEMORY)).isIn("<5", "..");
        assertThat(shown(after, "wishes", LESTIJARVI, CAREGIVER_LOAD)).isIn("<5", "..");
        int row = after.getList("activities.rows.key").indexOf(LESTIJARVI);
        assertThat(after.getString("levels[" + row + "][" + MEMORY + "]")).isIn("thin", "ok");
        if (cell(after, "activities", LESTIJARVI, CAREGIVER_LOAD) == 0) {
            assertThat(after.getString("levels[" + row + "][" + CAREGIVER_LOAD + "]")).isEqualTo("gap");
        }

        Document page = Jsoup.parse(StaffBrowser.signIn("analyst").get("/staff/reports/gaps?lang=en").then()
                .statusCode(200).extract().asString());
        assertThat(page.select("table.gap-map tbody tr").size()).isEqualTo(after.getList("activities.rows").size());
        assertThat(page.select("table.gap-map td.gap-gap, table.gap-map td.gap-thin").text()).isNotBlank();
        given().auth().oauth2(DemoUsers.accessToken("nurse")).get("/api/v1/reports/gaps").then().statusCode(403);
    }

    private static long referral(String nurse) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", Map.of("firstName", "Aino", "lastName", "Aukko", "language", "fi"));
        body.put("municipality", LESTIJARVI);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("MEMORY"));
        body.put("linkPersonNeeded", false);
        body.put("consents", List.of(Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true)));
        return given().auth().oauth2(nurse).contentType("application/json").body(body).post("/api/v1/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath gaps() {
        return given().auth().oauth2(DemoUsers.accessToken("analyst")).queryParam("lang", "fi")
                .get("/api/v1/reports/gaps").then().statusCode(200).extract().jsonPath();
    }

    private static long cell(JsonPath report, String table, String municipality, int need) {
        return report.getLong(table + ".rows.find { it.key == '" + municipality + "' }.cells[" + need + "].value");
    }

    private static String shown(JsonPath report, String table, String municipality, int need) {
        return report.getString(table + ".rows.find { it.key == '" + municipality + "' }.cells[" + need + "].shown");
    }
}
