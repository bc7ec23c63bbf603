package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * "Sessions missed" from the places held for a case: the organisers' marks of not having come, counted since the
 * last session the client came to, flag the case at the set number (2) on the falling-off report and on the
 * coordinator's own referral list; a client who came back, or missed only once, is not flagged.
 */
@QuarkusTest
class SessionsMissedTest {

    @Inject
    PlaceFixtures fixtures;

    @Test
    void sessionsMissedSinceTheLastAttendedFlagTheCaseOnTheReportAndTheCoordinatorsList() throws SQLException {
        long activity = fixtures.activity("Poissaolojumppa", 10, "publisher");
        long missedTwice = WellbeingSelfReportTest.assignedCase("Poissa");
        long cameBack = WellbeingSelfReportTest.assignedCase("Palasi");
        long missedOnce = WellbeingSelfReportTest.assignedCase("Kerran");
        Instant week1 = Instant.now().minus(Duration.ofDays(21));
        Instant week2 = week1.plus(Duration.ofDays(7));
        Instant week3 = week2.plus(Duration.ofDays(7));
        place(missedTwice, activity, week1, PlaceStatus.ATTENDED);
        place(missedTwice, activity, week2, PlaceStatus.NOT_ATTENDED);
        place(missedTwice, activity, week3, PlaceStatus.NOT_ATTENDED);
        place(cameBack, activity, week1, PlaceStatus.NOT_ATTENDED);
        place(cameBack, activity, week2, PlaceStatus.NOT_ATTENDED);
        place(cameBack, activity, week3, PlaceStatus.ATTENDED);
        place(missedOnce, activity, week3, PlaceStatus.NOT_ATTENDED);

        JsonPath report = given().auth().oauth2(DemoUsers.accessToken("coordinator"))
                .get("/api/v1/reports/falling-off").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("find { it.id == " + missedTwice + " }.flags")).containsExactly("SESSIONS_MISSED");
        assertThat(report.getInt("find { it.id == " + missedTwice + " }.sessionsMissed")).isEqualTo(2);
        assertThat(report.getList("id", Long.class)).doesNotContain(cameBack, missedOnce);

        StaffBrowser coordinator = StaffBrowser.signIn("coordinator");
        assertThat(flagsOnList(coordinator, missedTwice)).containsExactly("kertoja jäänyt väliin");
        assertThat(flagsOnList(coordinator, cameBack)).isEmpty();
        assertThat(flagsOnList(coordinator, missedOnce)).isEmpty();
        Document falling = Jsoup.parse(coordinator.get("/staff/reports/falling-off?lang=fi").asString());
        assertThat(falling.select("tr[data-referral=" + missedTwice + "]").text()).contains("kertoja jäänyt väliin");
        assertThat(falling.selectFirst("h1 + p").text()).contains("2 varatun paikan kertaa");

        // The link-person's list names no flags: they are the coordinator's.
        Document linkPersons = Jsoup.parse(StaffBrowser.signIn("linkperson")
                .get("/staff/referrals?lang=fi&number=" + missedTwice).asString());
        assertThat(linkPersons.select(".badge.falling-off")).isEmpty();
    }

    private static List<String> flagsOnList(StaffBrowser browser, long id) {
        Document list = Jsoup.parse(browser.get("/staff/referrals?lang=fi&number=" + id).asString());
        assertThat(list.select("tbody a[href=/staff/referrals/" + id + "]")).hasSize(1);
        return list.select("tbody .badge.falling-off").eachText();
    }

    /** A place held for the case in one session, as the organiser marked it afterwards. */
    private static void place(long referralId, long activityId, Instant start, PlaceStatus status)
            throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement insert = connection.prepareStatement("""
                        insert into held_place (id, referral_id, activity_id, organisation_id, starts_at, ends_at,
                            status, held_until, check_in_code, check_in_until, created_at, updated_at)
                        select nextval('held_place_id_seq'), ?, a.id, a.organisation_id, ?, ?, ?, ?,
                            substr(md5(random()::text), 1, 16), ?, now(), now()
                        from activity a where a.id = ?""")) {
            Timestamp at = Timestamp.from(start);
            insert.setLong(1, referralId);
            insert.setTimestamp(2, at);
            insert.setTimestamp(3, Timestamp.from(start.plus(Duration.ofHours(1))));
            insert.setString(4, status.name());
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, at);
            insert.setLong(7, activityId);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
