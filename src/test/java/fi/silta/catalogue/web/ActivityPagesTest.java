package fi.silta.catalogue.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
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
    void theActivityPageShowsThePlacesAccessibilityCapacityInformationLinkAndLastCheck() {
        long id = fixtures.activity(ActivitySpec.titled("Sivutesti kirjastojumppa")
                .accessibility(AccessibilityFeature.EASY_READ_MATERIAL)
                .placeAccessibility(AccessibilityFeature.WHEELCHAIR_ACCESSIBLE, AccessibilityFeature.ELEVATOR)
                .capacity(15).infoUrl("https://seniorisiivet.example/tuolijumppa")
                .verifiedAt(Instant.parse("2026-11-30T10:00:00Z")));
        Document fi = html(given().when().get("/activities/" + id + "?lang=fi").then().statusCode(200).extract()
                .asString());
        assertThat(fi.select(".facts dt:contains(Saavutettavuus) + dd li").eachText())
                .containsExactly("Esteetön pyörätuolilla", "Hissi", "Selkokielinen materiaali");
        assertThat(fi.select(".facts dt:contains(Paikkoja) + dd").text()).isEqualTo("15");
        assertThat(fi.select(".facts a[href=https://seniorisiivet.example/tuolijumppa]")).hasSize(1);
        assertThat(fi.select("p.meta").text()).isEqualTo("Järjestäjä on tarkistanut tiedot 30.11.2026.");
        Document en = html(given().when().get("/activities/" + id + "?lang=en").then().statusCode(200).extract()
                .asString());
        assertThat(en.select("p.meta").text()).isEqualTo("The organiser checked these details on 30 November 2026.");
    }

    @Test
    void theOrganisationPageListsContactsOneToALineAndActivitiesWithTheirNextSessionAndPlace() {
        long id = fixtures.activity(ActivitySpec.titled("Sivutesti lukupiiri"));
        Document page = html(given().when().get("/activities/" + id + "?lang=fi").then().extract().asString());
        String organisation = page.select("a[href^=/organisations/]").attr("href");
        Document org = html(given().when().get(organisation).then().statusCode(200).extract().asString());
        String line = org.select("ul.upcoming li:contains(Sivutesti lukupiiri)").text();
        assertThat(line).matches("Sivutesti lukupiiri seuraavaksi \\p{L}{2} \\d{1,2}\\.\\d{1,2}\\. klo 10\\.00–11\\.00, "
                + "Testitalo \\d+");
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
