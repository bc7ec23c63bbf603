package fi.silta.search.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * The resident search page chooses activities, services or both: services are found by the same Finnish words,
 * drafts never, the choice stays in the address and in paging, and filters of activities only leave services out
 * with a word about it.
 */
@QuarkusTest
class ServiceKindSearchTest {

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisationWithMembers("Tamppaajat ry " + System.nanoTime(), "publisher");
    }

    @Test
    void servicesAreFoundByAnInflectedWordAndADraftIsNot() {
        long draft = service("Tamppauspalvelu luonnoksena", false);
        long published = service("Tamppauspalvelu kotiin", true);
        awaitFound("tamppauspalvelu", published);

        Document page = page(Map.of("q", "tamppauspalvelua", "kind", "services"));
        List<String> links = page.select(".service-result h3 a").eachAttr("href");
        assertThat(links).anyMatch(href -> href.startsWith("/services/" + published + "?"));
        assertThat(links).noneMatch(href -> href.startsWith("/services/" + draft + "?"));
        Element hit = page.select(".service-result").stream()
                .filter(li -> li.selectFirst("h3 a").attr("href").startsWith("/services/" + published + "?"))
                .findFirst().orElseThrow();
        assertThat(hit.select("h3").text()).isEqualTo("Tamppauspalvelu kotiin");
        assertThat(hit.select(".meta").text()).startsWith("Tamppaajat ry");
        assertThat(hit.select(".access").text()).isEqualTo("Ammattilaisen lähetteellä");
        assertThat(hit.select(".cost").text()).isEqualTo("12 € / matto");
        // Services only: no activity list, and the radio button says which was chosen.
        assertThat(page.select(".result")).isEmpty();
        assertThat(page.selectFirst("#kind-services").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("fieldset.kinds legend").text()).isEqualTo("Näytä");
    }

    @Test
    void activitiesShowNoServicesAndBothShowBoth() {
        long activity = fixtures.activity(ActivitySpec.titled("Tamppauspalvelu pihalla"));
        long service = service("Tamppauspalvelu kerrostaloon", true);
        awaitFound("tamppauspalvelu", service);

        Document activities = page(Map.of("q", "tamppauspalvelua", "kind", "activities"));
        assertThat(activities.select(".result h3 a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/activities/" + activity + "?"));
        assertThat(activities.select(".service-result")).isEmpty();
        assertThat(activities.selectFirst("#kind-activities").hasAttr("checked")).isTrue();

        Document both = page(Map.of("q", "tamppauspalvelua"));
        assertThat(both.select(".result h3 a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/activities/" + activity + "?"));
        assertThat(both.select(".service-results .service-result h3 a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/services/" + service + "?"));
        assertThat(both.selectFirst("#kind-all").hasAttr("checked")).isTrue();
        assertThat(both.select("#services-heading").text()).isEqualTo("Palvelut");

        // In Swedish, the same choice in the page's language.
        Document swedish = page(Map.of("q", "tamppauspalvelua", "lang", "sv"));
        assertThat(swedish.select("label[for=kind-services]").text()).isEqualTo("Tjänster");
    }

    @Test
    void theChoiceOfServicesSurvivesPaging() {
        for (int i = 0; i < 3; i++) {
            service("Sivutustamppaus " + i, true);
        }
        long last = service("Sivutustamppaus 3", true);
        awaitFound("sivutustamppaus", last);

        Document first = page(Map.of("q", "sivutustamppaus", "kind", "services", "size", "2"));
        assertThat(first.select(".service-result")).hasSize(2);
        assertThat(first.select(".service-count").text()).isEqualTo("4 palvelua löytyi");
        assertThat(first.select(".result-jump").text()).startsWith("4 palvelua löytyi");
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("kind=services").contains("page=2");
        Document second = Jsoup.parse(given().get(next).then().statusCode(200).extract().asString());
        assertThat(second.select(".service-result")).hasSize(2);
        assertThat(second.selectFirst("#kind-services").hasAttr("checked")).isTrue();
        assertThat(second.select(".result")).isEmpty();
        assertThat(second.select(".service-result h3 a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select(".service-result h3 a").eachAttr("href"));
    }

    @Test
    void aFilterOfActivitiesOnlyLeavesServicesOutAndSaysSo() {
        long service = service("Tamppauspalvelu maanantaisin", true);
        awaitFound("tamppauspalvelu", service);

        Document both = page(Map.of("q", "tamppauspalvelua", "weekday", "mon"));
        assertThat(both.select(".service-result")).isEmpty();
        Element note = both.selectFirst(".services-left-out");
        assertThat(note.text()).contains("koskee vain toimintoja");
        String without = note.selectFirst("a").attr("href");
        assertThat(without).contains("kind=services").doesNotContain("weekday");
        Document services = Jsoup.parse(given().get(without).then().statusCode(200).extract().asString());
        assertThat(services.select(".service-result h3 a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/services/" + service + "?"));

        // Services only with such a filter: shown, and the page says the filter is not applied to them.
        Document only = page(Map.of("q", "tamppauspalvelua", "weekday", "mon", "kind", "services"));
        assertThat(only.select(".services-filters-ignored")).hasSize(1);
        assertThat(only.select(".service-result h3 a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/services/" + service + "?"));
    }

    @Test
    void theMunicipalityCategoryAndPriceFiltersNarrowServices() {
        long service = service("Suodatustamppaus Kokkolassa", true);
        awaitFound("suodatustamppaus", service);
        String link = "/services/" + service + "?";

        assertThat(serviceLinks(Map.of("q", "suodatustamppaus", "kind", "services", "municipality", "272",
                "category", "FOOD"))).anyMatch(href -> href.startsWith(link));
        assertThat(serviceLinks(Map.of("q", "suodatustamppaus", "kind", "services", "municipality", "091")))
                .noneMatch(href -> href.startsWith(link));
        assertThat(serviceLinks(Map.of("q", "suodatustamppaus", "kind", "services", "category",
                "PHYSICAL_ACTIVITY"))).noneMatch(href -> href.startsWith(link));
        assertThat(serviceLinks(Map.of("q", "suodatustamppaus", "kind", "services", "free", "true")))
                .noneMatch(href -> href.startsWith(link));
    }

    private static List<String> serviceLinks(Map<String, String> params) {
        return page(params).select(".service-result h3 a").eachAttr("href");
    }

    @Test
    void anUnknownChoiceIsExplainedAndNothingIsSearched() {
        Document page = Jsoup.parse(given().queryParam("q", "tamppaus").queryParam("kind", "kaikki").get("/").then()
                .statusCode(400).extract().asString());
        assertThat(page.select(".error-summary").text()).contains("Mitä haetaan");
        assertThat(page.select(".service-result")).isEmpty();
    }

    private static Document page(Map<String, String> params) {
        return Jsoup.parse(given().queryParams(params).get("/").then().statusCode(200).extract().asString());
    }

    /** A service of the test's organisation, given by referral in Kokkola; returns its id. */
    private long service(String nameFi, boolean published) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("name", Map.of("fi", nameFi));
        body.put("description", Map.of("fi", "Matot haetaan kotoa ja tuodaan puhtaina takaisin."));
        body.put("access", "REFERRAL");
        body.put("free", false);
        body.put("cost", Map.of("fi", "12 € / matto"));
        body.put("municipalities", List.of("272"));
        body.put("categories", List.of("FOOD"));
        body.put("published", published);
        return given().auth().oauth2(DemoUsers.accessToken("publisher")).contentType("application/json").body(body)
                .post("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void awaitFound(String query, long id) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", query).queryParam("size", 100).get("/api/v1/services").then()
                        .statusCode(200).extract().jsonPath().getList("items.id", Long.class).contains(id));
    }
}
