package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

/** Help while typing (suggestions) and after a search that found nothing ("did you mean"), through the API. */
@QuarkusTest
class SearchHelpTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void suggestionsCompleteTheWordsTypedSoFarIncludingCompoundParts() {
        long id = fixtures.activity(ActivitySpec.titled("Ehdotustesti tuolijumppa"));
        given().queryParam("q", "ehdotus").when().get("/api/v1/activities/suggest").then().statusCode(200)
                .body("id", hasItem((int) id)).body("find { it.id == " + id + " }.title",
                        equalTo("Ehdotustesti tuolijumppa"));
        given().queryParam("q", "ehdotustesti jump").when().get("/api/v1/activities/suggest").then().statusCode(200)
                .body("id", hasItem((int) id));
    }

    @Test
    void aQueryThatFindsNothingOffersTheSpellingThatDoes() {
        fixtures.activity(ActivitySpec.titled("Zumbakarnevaali nuorille"));
        given().queryParam("q", "sumbakarnevaali").when().get("/api/v1/activities").then().statusCode(200)
                .body("total", equalTo(0)).body("didYouMean", equalTo("zumbakarnevaali"));
        given().queryParam("q", "zumbakarnevaali").when().get("/api/v1/activities").then().statusCode(200)
                .body("total", equalTo(1)).body("didYouMean", nullValue());
        // Nothing is offered that would not find anything either, with the same filters.
        given().queryParam("q", "sumbakarnevaali").queryParam("municipality", "217").when()
                .get("/api/v1/activities").then().statusCode(200).body("didYouMean", nullValue());
        Document page = Jsoup.parse(given().queryParam("q", "sumbakarnevaali").when().get("/").then().statusCode(200)
                .extract().asString());
        assertThat(page.select(".did-you-mean").text()).isEqualTo("Tarkoititko zumbakarnevaali?");
        assertThat(page.select(".did-you-mean a").attr("href")).contains("q=zumbakarnevaali");
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertThat(DidYouMean.distance("kuoro", "kuroo")).isEqualTo(1);
        assertThat(DidYouMean.distance("jooga", "jooga")).isZero();
        assertThat(DidYouMean.respell("jogaa", List.of("Jooga"))).isEqualTo("jooga");
    }
}
