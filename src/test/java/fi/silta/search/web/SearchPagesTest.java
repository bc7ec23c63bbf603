package fi.silta.search.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.common.web.PageContext;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class SearchPagesTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void theSearchPageShowsTitleCountResultsFacetLinksAndPaging() {
        for (int i = 0; i < 3; i++) {
            fixtures.activity(ActivitySpec.titled("Sivutesti kvaasi " + i)
                    .accessibility(AccessibilityFeature.ELEVATOR));
        }
        long total = given().queryParam("q", "kvaasi").when().get("/api/v1/activities").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        Document page = html(given().queryParam("q", "kvaasi").queryParam("size", 2).when().get("/").then()
                .statusCode(200).extract().asString());
        assertThat(page.title()).isEqualTo("Etsi toimintaa – Silta");
        assertThat(page.select(".result-count").text()).isEqualTo(total + " toimintaa löytyi");
        assertThat(page.select(".result")).hasSize(2);
        assertThat(page.select(".result h3 a").first().attr("href")).startsWith("/activities/");
        Element elevator = page.select("[data-facet=accessibility] a").stream()
                .filter(a -> a.text().equals("Hissi")).findFirst().orElseThrow();
        assertThat(elevator.attr("href")).contains("q=kvaasi").contains("accessibility=ELEVATOR");
        String next = page.select("a[rel=next]").attr("href");
        assertThat(next).contains("page=2").contains("q=kvaasi");
        Document second = html(given().when().get(next).then().statusCode(200).extract().asString());
        assertThat(second.select(".result")).hasSize((int) Math.min(2, total - 2));
        Document filtered = html(given().when().get(elevator.attr("href")).then().statusCode(200).extract().asString());
        assertThat(filtered.select(".result-count").text()).isEqualTo(total + " toimintaa löytyi");
    }

    @Test
    void aBadParameterIsExplainedBesideItsFieldInThePagesLanguage() {
        Document page = html(given().queryParam("from", "eilen").queryParam("lang", "sv").when().get("/").then()
                .statusCode(400).extract().asString());
        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from-error").text()).startsWith("Kontrollera detta");
        assertThat(page.select(".error-summary").text()).isEqualTo("Kontrollera de markerade fälten.");
    }

    @Test
    void theLanguageComesFromTheSwitchThenTheCookieThenTheBrowser() {
        String cookie = given().queryParam("lang", "sv").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"sv\">")).body(containsString("Sök verksamhet"))
                .extract().cookie(PageContext.COOKIE);
        assertThat(cookie).isEqualTo("sv");
        given().cookie(PageContext.COOKIE, "sv").header("Accept-Language", "en").when().get("/").then()
                .body(containsString("<html lang=\"sv\">"));
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/").then()
                .body(containsString("<html lang=\"en\">")).body(containsString("Find activities"));
        given().when().get("/").then().body(containsString("<html lang=\"fi\">"));
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
