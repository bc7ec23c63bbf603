package fi.silta.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.MovableClock;
import fi.silta.testsupport.StaffBrowser;

/**
 * Reports follow the reader's counties: the coordinator and analyst of Pohjanmaa (17) see their county's funnel,
 * gaps and surveys and none of Keski-Pohjanmaa's (18), and the other way round; another county's survey is as
 * unknown as one that does not exist.
 */
@QuarkusTest
class ReportCountiesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String KOKKOLA = "272";
    private static final String VAASA = "905";

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void aCountysStaffSeeTheirOwnCountysFiguresOnly() {
        YearMonth target = YearMonth.from(Instant.now().atZone(HELSINKI)).plusYears(35);
        MovableClock.advance(Duration.between(Instant.now(),
                target.atDay(10).atTime(10, 0).atZone(HELSINKI).toInstant()));
        String month = target.toString();
        for (int i = 0; i < 5; i++) {
            refer(KOKKOLA);
        }
        for (int i = 0; i < 6; i++) {
            refer(VAASA);
        }

        for (String user : List.of("analyst", "coordinator")) {
            JsonPath funnel = funnel(user, month);
            assertThat(funnel.getList("funnel.rows.key")).contains(KOKKOLA).doesNotContain(VAASA);
            assertThat(total(funnel)).isEqualTo(5);
        }
        for (String user : List.of("analyst-pohjanmaa", "coordinator-pohjanmaa")) {
            JsonPath funnel = funnel(user, month);
            assertThat(funnel.getList("funnel.rows.key")).contains(VAASA).doesNotContain(KOKKOLA);
            assertThat(total(funnel)).isEqualTo(6);
        }

        JsonPath centralGaps = gaps("analyst");
        assertThat(centralGaps.getList("activities.rows.key")).contains(KOKKOLA).doesNotContain(VAASA);
        JsonPath ostrobothniaGaps = gaps("analyst-pohjanmaa");
        assertThat(ostrobothniaGaps.getList("activities.rows.key")).contains(VAASA).doesNotContain(KOKKOLA);

        long survey = given().auth().oauth2(DemoUsers.accessToken("analyst-pohjanmaa"))
                .contentType("application/json")
                .body(Map.of("title", Map.of("fi", "Pohjanmaan kysely"), "questions",
                        List.of(Map.of("fi", "Pärjään arjessani hyvin"))))
                .post("/api/v1/reports/surveys").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType("application/json")
                .body(Map.of("municipality", VAASA, "ageBand", "FROM_65_TO_74", "scores", List.of(4)))
                .post("/api/v1/surveys/" + survey + "/answers").then().statusCode(201);
        given().contentType("application/json")
                .body(Map.of("municipality", KOKKOLA, "ageBand", "FROM_65_TO_74", "scores", List.of(4)))
                .post("/api/v1/surveys/" + survey + "/answers").then().statusCode(400);
        given().auth().oauth2(DemoUsers.accessToken("analyst-pohjanmaa"))
                .get("/api/v1/reports/surveys/" + survey + "/results").then().statusCode(200);
        given().auth().oauth2(DemoUsers.accessToken("analyst"))
                .get("/api/v1/reports/surveys/" + survey + "/results").then().statusCode(404);
        assertThat(Jsoup.parse(StaffBrowser.signIn("analyst").get("/staff/reports/surveys?lang=fi").asString())
                .text()).doesNotContain("Pohjanmaan kysely");
        assertThat(Jsoup.parse(StaffBrowser.signIn("analyst-pohjanmaa").get("/staff/reports/surveys?lang=fi")
                .asString()).text()).contains("Pohjanmaan kysely");
    }

    private static void refer(String municipality) {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Maakunta");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", municipality);
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Tarvitsee tukea");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true)));
        given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post("/api/v1/referrals").then().statusCode(201);
    }

    private static JsonPath funnel(String user, String month) {
        return given().auth().oauth2(DemoUsers.accessToken(user))
                .get("/api/v1/reports/funnel?from=" + month + "&to=" + month + "&by=municipality").then()
                .statusCode(200).extract().jsonPath();
    }

    private static int total(JsonPath funnel) {
        return funnel.getInt("funnel.rows.find { it.key == 'TOTAL' }.cells[0].value");
    }

    private static JsonPath gaps(String user) {
        return given().auth().oauth2(DemoUsers.accessToken(user)).get("/api/v1/reports/gaps").then().statusCode(200)
                .extract().jsonPath();
    }
}
