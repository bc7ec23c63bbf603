package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

/**
 * Every search parameter refuses a value far too long, a NUL character and a value of the wrong kind (a word for a
 * number, an unknown choice): the API answers 400 naming the parameter, the search page explains it beside the
 * field (or in the summary, for parameters it has no field for) and searches nothing. Nothing of it leaves the
 * application worse off.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchInputValidationTest {

    private static final String NUL = "\u0000";
    private static final String LONG = "7".repeat(300);
    /** The parameters the search page has no field for; their messages go into the summary above the form. */
    /**
     * Parameters the form has no single field for: their message is named in the summary. The facets are checkboxes
     * of the values found, and a search with a wrong value finds none.
     */
    private static final Set<String> WITHOUT_FIELD = Set.of("near", "page", "size", "municipality", "category",
            "targetGroup", "language", "accessibility", "organisationType");

    @Inject
    CatalogueFixtures fixtures;

    /** Parameter, bad value, what is wrong with it. */
    static Stream<List<String>> badValues() {
        List<List<String>> cases = new ArrayList<>();
        cases.add(List.of("q", "x".repeat(201), "over-long"));
        cases.add(List.of("q", "jooga" + NUL, "NUL"));
        cases.add(List.of("q", "jooga\u0007", "control character"));
        String[][] wrongKind = { { "lang", "de" }, { "municipality", "Kokkola" }, { "category", "liikunta ja kulttuuri" },
                { "targetGroup", "seniors!" }, { "language", "finnish" }, { "free", "maybe" },
                { "accessibility", "teleport" }, { "near", "north" }, { "postalCode", "abcde" }, { "radiusKm", "x" },
                { "from", "2026-02-31" }, { "to", "tomorrow" }, { "weekday", "funday" }, { "timeOfDay", "noon" },
                { "organisationType", "club" }, { "sort", "nearest" }, { "page", "abc" }, { "size", "1.5" } };
        for (String[] wrong : wrongKind) {
            cases.add(List.of(wrong[0], LONG, "over-long"));
            cases.add(List.of(wrong[0], NUL, "NUL"));
            cases.add(List.of(wrong[0], wrong[1], "wrong kind"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void theApiNamesTheParameter(List<String> badValue) {
        String parameter = badValue.get(0);
        given().queryParam(parameter, badValue.get(1)).when().get("/api/v1/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter))
                // A message describes what is wanted, never what was sent.
                .body("errors.message", everyItem(not(startsWith(badValue.get(1)))));
        given().queryParam(parameter, badValue.get(1)).when().get("/api/v1/activities.ics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void thePageExplainsTheFieldAndSearchesNothing(List<String> badValue) {
        String parameter = badValue.get(0);
        if (parameter.equals("lang")) {
            // On a page lang is the language switch: an unknown one falls back like a missing one.
            given().queryParam("lang", badValue.get(1)).when().get("/").then().statusCode(200);
            return;
        }
        Document page = Jsoup.parse(given().queryParam(parameter, badValue.get(1)).when().get("/").then()
                .statusCode(400).contentType("text/html").extract().asString());
        if (WITHOUT_FIELD.contains(parameter)) {
            assertThat(page.select(".error-summary p")).as(parameter).hasSizeGreaterThan(1);
        } else {
            assertThat(page.select("#" + parameter).attr("aria-invalid")).as(parameter).isEqualTo("true");
            assertThat(page.select("#" + parameter + "-error").text()).as(parameter).isNotBlank();
        }
        assertThat(page.select(".error-summary").text()).startsWith("Tarkista merkityt kentät.");
        assertThat(page.select(".not-searched").text()).isNotBlank();
        assertThat(page.select(".result-count")).isEmpty();
        assertThat(page.text()).doesNotContain("Hakuehdoilla ei löytynyt toimintaa");
    }

    @Test
    void theMessageBesideAFieldIsInThePagesLanguage() {
        Document page = Jsoup.parse(given().queryParam("q", "x".repeat(201)).queryParam("weekday", "funday")
                .queryParam("lang", "en").when().get("/").then().statusCode(400).extract().asString());
        assertThat(page.select("#q-error").text()).isEqualTo("At most 200 characters.");
        assertThat(page.select("#weekday-error").text()).isEqualTo("Please check this: choose a weekday from the list");
    }

    @Test
    void suggestionsRefuseTheSameValues() {
        for (String[] bad : new String[][] { { "q", "x".repeat(201) }, { "q", "jooga" + NUL }, { "lang", NUL },
                { "lang", "de" } }) {
            given().queryParam(bad[0], bad[1]).when().get("/api/v1/activities/suggest")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
    }

    @Test
    void crossFieldRulesNameTheFieldToChange() {
        given().queryParam("near", "63.8385,23.1307").queryParam("postalCode", "67100").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("postalCode"));
        given().queryParam("from", "2026-06-02").queryParam("to", "2026-06-01").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("municipality", String.join(",", Stream.iterate(100, i -> i + 1).limit(51)
                .map(String::valueOf).toList())).when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("municipality"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theApplicationStillAnswersNormallyAfterwards() {
        long id = fixtures.activity(ActivitySpec.titled("Syötetesti kvokka"));
        given().queryParam("q", "kvokka").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        Document page = Jsoup.parse(given().queryParam("q", "kvokka").when().get("/").then().statusCode(200).extract()
                .asString());
        assertThat(page.select(".result h3 a").eachText()).contains("Syötetesti kvokka");
        given().queryParam("q", "kvok").when().get("/api/v1/activities/suggest").then().statusCode(200)
                .body("id", hasItem((int) id));
    }
}
