package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The public calendar file of a search is made once and served as it was for a few minutes: asking again gives
 * the same file, and the answer tells browsers and proxies they may keep it as long.
 */
@QuarkusTest
class CalendarCacheTest {

    @Test
    void theSameSearchsCalendarIsServedFromTheCache() {
        Response first = given().queryParam("lang", "fi").queryParam("q", "kerho").get("/api/v1/activities.ics");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
        Response again = given().queryParam("q", "kerho").queryParam("lang", "fi").get("/api/v1/activities.ics");
        assertThat(again.asString()).isEqualTo(first.asString());
    }
}
