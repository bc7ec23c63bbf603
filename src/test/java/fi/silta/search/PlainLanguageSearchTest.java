package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * A publisher writes a plain-language (selkokieli) title and summary; a word found only in them finds the activity,
 * the resident's plain link shows them on the result list and the activity page marked with their language, and the
 * API returns them.
 */
@QuarkusTest
class PlainLanguageSearchTest {

    private static final String API = "/api/v1/publishing";
    private static final String EASY_TITLE = "Helppo kerho: liikumme istuen";
    private static final String EASY_SUMMARY = "Liikumme yhdessä. Istumme tuoleilla. Ohjaaja näyttää liikkeet.";

    @Inject
    CatalogueFixtures fixtures;

    private String token;
    private long id;

    @BeforeEach
    void aPublishedActivityWithAPlainLanguageTitle() {
        long organisation = fixtures.organisationWithMembers("Selkoseura ry", "publisher");
        token = DemoUsers.accessToken("publisher");
        long place = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Seurojentalo"), "streetAddress", "Isokatu 1", "postalCode", "67100",
                        "municipality", "272"))
                .post(API + "/organisations/" + organisation + "/places").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("fi", "Tuolijumppa", "sv", "Stolgympa"));
        body.put("summary", Map.of("fi", "Kevyttä jumppaa tuolilla.", "sv", "Lätt gympa på stol."));
        body.put("categories", List.of("PHYSICAL_ACTIVITY"));
        body.put("languages", List.of("fi"));
        body.put("free", true);
        body.put("registration", "NONE");
        body.put("placeId", place);
        JsonPath created = given().auth().oauth2(token).contentType("application/json").body(body)
                .post(API + "/organisations/" + organisation + "/activities").then().statusCode(201).extract()
                .jsonPath();
        id = created.getLong("id");

        body.put("version", created.getLong("version"));
        body.put("easyReadTitle", Map.of("fi", EASY_TITLE));
        body.put("easyRead", Map.of("fi", EASY_SUMMARY));
        long version = given().auth().oauth2(token).contentType("application/json").body(body)
                .put(API + "/activities/" + id).then().statusCode(200)
                .body("fields.easyReadTitle.fi", equalTo(EASY_TITLE)).extract().jsonPath().getLong("version");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        long scheduled = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("version", version, "kind", "WEEKLY", "date", tomorrow.toString(), "startTime", "10:00",
                        "endTime", "11:00", "weekdays", List.of(tomorrow.getDayOfWeek().name())))
                .post(API + "/activities/" + id + "/schedules").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("version", scheduled))
                .post(API + "/activities/" + id + "/publish").then().statusCode(200);
        // The draft is in the index from the start; wait until the published listing is found.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/api/v1/activities?q=tuolijumppa&lang=fi").then().extract()
                        .jsonPath().getList("items.id", Long.class).contains(id));
    }

    @Test
    void aWordOnlyInThePlainLanguageTitleFindsTheActivity() {
        // "kerhossa" (inflected) is in no ordinary text of the activity, only in its easy-read title.
        given().when().get("/api/v1/activities?q=kerhossa&lang=fi").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        // A word only in the easy-read summary, inflected.
        given().when().get("/api/v1/activities?q=ohjaaja&lang=fi").then().statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void theApiReturnsThePlainLanguageTextsInTheirOwnLanguageOnly() {
        given().when().get("/api/v1/activities/" + id + "?lang=fi").then().statusCode(200)
                .body("easyReadTitle", equalTo(EASY_TITLE)).body("easyRead", equalTo(EASY_SUMMARY))
                .body("title", equalTo("Tuolijumppa"));
        JsonPath sv = given().when().get("/api/v1/activities/" + id + "?lang=sv").then().statusCode(200).extract()
                .jsonPath();
        assertThat(sv.getString("easyReadTitle")).isNull();
        assertThat(sv.getString("title")).isEqualTo("Stolgympa");
        JsonPath hits = given().when().get("/api/v1/activities?q=kerho&lang=fi").then().statusCode(200).extract()
                .jsonPath();
        assertThat(hits.getString("items.find { it.id == " + id + " }.easyReadTitle")).isEqualTo(EASY_TITLE);
        assertThat(hits.getString("items.find { it.id == " + id + " }.easyReadSummary")).isEqualTo(EASY_SUMMARY);
    }

    @Test
    void aPlainLinkSwitchesTheResultsAndTheActivityPageToPlainLanguage() {
        Document ordinary = Jsoup.parse(given().when().get("/?q=kerho&lang=fi").then().statusCode(200).extract()
                .asString(), "http://localhost/");
        assertThat(result(ordinary).text()).isEqualTo("Tuolijumppa");
        Element plainSwitch = ordinary.selectFirst(".easy-read-switch a");
        assertThat(plainSwitch).isNotNull();
        assertThat(plainSwitch.attr("href")).contains("selko=true");

        Document plain = Jsoup.parse(given().when().get(plainSwitch.attr("href")).then().statusCode(200).extract()
                .asString(), "http://localhost/");
        Element title = result(plain);
        assertThat(title.text()).isEqualTo(EASY_TITLE);
        assertThat(title.attr("lang")).isEqualTo("fi");
        assertThat(plain.select("form.search-form input[name=selko]").attr("value")).isEqualTo("true");
        assertThat(title.attr("href")).contains("selko=true");

        Document page = Jsoup.parse(given().when().get(title.attr("href")).then().statusCode(200).extract().asString(),
                "http://localhost/");
        assertThat(page.select("h1").text()).isEqualTo(EASY_TITLE);
        assertThat(page.select("h1").attr("lang")).isEqualTo("fi");
        assertThat(page.select("p.lead").text()).isEqualTo(EASY_SUMMARY);
        assertThat(page.select("p.lead").attr("lang")).isEqualTo("fi");
        assertThat(page.select(".easy-read-switch a").attr("href")).doesNotContain("selko=true");

        Document ordinaryPage = Jsoup.parse(given().when().get("/activities/" + id + "?lang=fi").then().statusCode(200)
                .extract().asString());
        assertThat(ordinaryPage.select("h1").text()).isEqualTo("Tuolijumppa");
        assertThat(ordinaryPage.select(".easy-read-switch a").attr("href")).contains("selko=true");
    }

    private Element result(Document page) {
        Element link = page.selectFirst(".result-list a[href^=/activities/" + id + "?]");
        assertThat(link).as(page.select(".result-list").html()).isNotNull();
        return link;
    }
}
