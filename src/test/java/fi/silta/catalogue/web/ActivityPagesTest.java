package fi.silta.catalogue.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class ActivityPagesTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void anActivityPageHasWhatAResidentNeeds() {
        long id = fixtures.activity(ActivitySpec.titled("Sivutesti tuolijumppa")
                .accessibility(AccessibilityFeature.INDUCTION_LOOP));
        Document page = html(given().when().get("/activities/" + id).then().statusCode(200).extract().asString());
        assertThat(page.title()).isEqualTo("Sivutesti tuolijumppa – Silta");
        assertThat(page.select("h1").text()).isEqualTo("Sivutesti tuolijumppa");
        assertThat(page.select(".sessions li")).isNotEmpty();
        assertThat(page.select(".sessions li").first().text()).contains("klo 10.00–11.00");
        assertThat(page.text()).contains("Testikatu 1, 67100 Kokkola").contains("Induktiosilmukka")
                .contains("Maksuton").contains("Ei ilmoittautumista");
        assertThat(page.select("a[href^=https://www.openstreetmap.org/]")).hasSize(1);
        assertThat(page.select("a[href$=.ics?lang=fi]").attr("href")).isEqualTo("/api/v1/activities/" + id + ".ics?lang=fi");
        String organisation = page.select("a[href^=/organisations/]").attr("href");
        Document org = html(given().when().get(organisation).then().statusCode(200).extract().asString());
        assertThat(org.select("li a").eachText()).contains("Sivutesti tuolijumppa");

        Document print = html(given().queryParam("print", "true").when().get("/activities/" + id).then()
                .statusCode(200).extract().asString());
        assertThat(print.select("body.print")).hasSize(1);
        assertThat(print.select("header.site-header")).isEmpty();
    }

    @Test
    void unknownAndUnpublishedActivitiesAnswerANotFoundPage() {
        long draft = fixtures.draftActivity("Sivutesti luonnos");
        for (String path : List.of("/activities/" + draft, "/activities/999999999", "/activities/abc",
                "/organisations/999999999")) {
            given().when().get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Sivua ei löytynyt")).body(not(containsString("Sivutesti luonnos")));
        }
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
