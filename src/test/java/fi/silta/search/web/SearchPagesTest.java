package fi.silta.search.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.common.web.PageContext;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class SearchPagesTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void theSearchPageShowsTitleCountResultsFacetCheckboxesAndPaging() {
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
        // Facets are checkboxes of the search form itself, so they work without script.
        Element elevator = page.selectFirst("form.search-form [data-facet=accessibility] input[value=ELEVATOR]");
        assertThat(elevator.attr("type")).isEqualTo("checkbox");
        assertThat(elevator.attr("name")).isEqualTo("accessibility");
        assertThat(page.selectFirst("label[for=" + elevator.id() + "]").text()).isEqualTo("Hissi (" + total + ")");
        String next = page.select("a[rel=next]").attr("href");
        assertThat(next).contains("page=2").contains("q=kvaasi");
        Document second = html(given().when().get(next).then().statusCode(200).extract().asString());
        assertThat(second.select(".result")).hasSize((int) Math.min(2, total - 2));
        Document filtered = html(given().queryParam("q", "kvaasi").queryParam("accessibility", "ELEVATOR").when()
                .get("/").then().statusCode(200).extract().asString());
        assertThat(filtered.select(".result-count").text()).isEqualTo(total + " toimintaa löytyi");
        assertThat(filtered.selectFirst("input[value=ELEVATOR]").hasAttr("checked")).isTrue();
    }

    @Test
    void twoChosenMunicipalitiesStayCheckedWithTheirOwnCountsAndUnchosenOnesCanBeAdded() {
        fixtures.activity(ActivitySpec.titled("Kaksikuntatesti Kokkolassa").in("272", "67100", 63.84, 23.13));
        fixtures.activity(ActivitySpec.titled("Kaksikuntatesti Kannuksessa").in("217", "69100", 63.9003, 23.9131));
        fixtures.activity(ActivitySpec.titled("Kaksikuntatesti Kaustisella").in("236", "69600", 63.54, 23.69));
        Document page = html(given().queryParam("q", "kaksikuntatesti").queryParam("municipality", "272", "217")
                .when().get("/").then().statusCode(200).extract().asString());
        assertThat(page.select(".result")).hasSize(2);
        assertThat(page.selectFirst("#municipality-272").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#municipality-217").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#municipality-236").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("label[for=municipality-236]").text()).endsWith("(1)");
        assertThat(page.selectFirst("label[for=municipality-272]").text()).endsWith("(1)");
    }

    @Test
    void theResultsCanBeDownloadedOrSubscribedToAsACalendarOfTheSameSearch() {
        fixtures.activity(ActivitySpec.titled("Kalenteritilaus kuoro"));
        Document page = html(given().queryParam("q", "kalenteritilaus").queryParam("lang", "sv").when().get("/")
                .then().statusCode(200).extract().asString());
        String download = page.select(".calendar-links a[download]").attr("href");
        assertThat(download).startsWith("/api/v1/activities.ics?").contains("q=kalenteritilaus").contains("lang=sv");
        Element subscribe = page.select(".calendar-links a.subscribe").first();
        assertThat(subscribe.attr("href")).isEqualTo("webcal://localhost:8080" + download);
        assertThat(subscribe.text()).isEqualTo("Prenumerera på sökresultaten i kalendern (uppdateras av sig själv)");
        given().when().get(download).then().statusCode(200).contentType(containsString("text/calendar"))
                .body(containsString("Kalenteritilaus kuoro"));
    }

    @Test
    void forMeShortcutsArePlainLinksThatNarrowTheSearch() {
        fixtures.activity(ActivitySpec.titled("Pikalinkkitesti maksuton"));
        Document page = html(given().queryParam("q", "pikalinkkitesti").when().get("/").then().statusCode(200)
                .extract().asString());
        List<String> labels = page.select("nav.shortcuts a").eachText();
        assertThat(labels).containsExactly("Maksuttomat", "Tällä viikolla");
        assertThat(page.selectFirst("nav.shortcuts a").attr("href")).contains("q=pikalinkkitesti")
                .contains("free=true");
        assertThat(page.select("nav.shortcuts a").get(1).attr("href")).contains("from=").contains("to=");
        Document near = html(given().queryParam("postalCode", "67100").when().get("/").then().statusCode(200)
                .extract().asString());
        assertThat(near.select("nav.shortcuts a").eachText()).contains("Lähellä (5 km)");
        assertThat(near.select("nav.shortcuts a").last().attr("href")).contains("sort=distance")
                .contains("postalCode=67100");
        // The age field is part of the form.
        assertThat(page.select("input#age")).hasSize(1);
    }

    @Test
    void suggestionsComeFromSiltasOwnScriptOverAFormThatWorksWithoutIt() {
        Document page = html(given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'")).extract().asString());
        // No inline script: the strict policy holds; the one script is Silta's own file, deferred.
        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.data()).isBlank();
            assertThat(script.attr("src")).startsWith("/");
            assertThat(script.hasAttr("defer")).isTrue();
        });
        // Without the script the box is a plain field of a GET form with its own button.
        assertThat(page.selectFirst("#q").attr("type")).isEqualTo("search");
        assertThat(page.selectFirst("#q").parents().select("form[method=get][action=/]")).isNotEmpty();
        String script = given().when().get("/js/search-suggest.js").then().statusCode(200)
                .contentType(containsString("javascript")).extract().asString();
        assertThat(script).contains("'combobox'").contains("aria-activedescendant").contains("aria-expanded")
                .contains("/api/v1/activities/suggest").contains("ArrowDown").contains("Escape");
    }

    @Test
    void theMapIsBuiltFromTheListWithSiltasOwnLeafletAndNeverShowsAConfidentialPlace() {
        long open = fixtures.activity(ActivitySpec.titled("Karttatesti avoin").in("272", "67100", 63.84, 23.13));
        long hidden = fixtures.activity(ActivitySpec.titled("Karttatesti suojattu").in("272", "67100", 63.85, 23.12)
                .confidentialAddress());
        Response answer = given().queryParam("q", "karttatesti").when().get("/");
        Document page = html(answer.then().statusCode(200).extract().asString());
        Element map = page.getElementById("results-map");
        assertThat(map.hasAttr("hidden")).as("shown only by the script").isTrue();
        assertThat(map.attr("data-tiles")).contains("{z}/{x}/{y}");
        assertThat(answer.header("Content-Security-Policy")).contains("img-src 'self' data: https://tile.openstreetmap.org;");
        Element openResult = page.select(".result").stream()
                .filter(r -> r.selectFirst("h3 a").attr("href").startsWith("/activities/" + open + "?")).findFirst()
                .orElseThrow();
        assertThat(openResult.attr("data-lat")).startsWith("63.84");
        Element hiddenResult = page.select(".result").stream()
                .filter(r -> r.selectFirst("h3 a").attr("href").startsWith("/activities/" + hidden + "?")).findFirst()
                .orElseThrow();
        assertThat(hiddenResult.hasAttr("data-lat")).isFalse();
        // Leaflet and its clusters are served by Silta itself, and the list stays whatever the map does.
        for (String asset : List.of("/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js", "/js/results-map.js")) {
            given().when().get(asset).then().statusCode(200);
            assertThat(page.select("script[src=" + asset + "]")).hasSize(1);
        }
        assertThat(page.select(".result-list .result")).hasSize(2);
    }

    /** Walk-through: on a phone the results sat screens below the form, and the facets repeated the filters. */
    @Test
    void theResultCountAndALinkToTheResultsComeRightAfterTheSearchBox() {
        fixtures.activity(ActivitySpec.titled("Puhelintesti tuolijumppa"));
        Document page = html(given().queryParam("q", "puhelintesti").when().get("/").then().statusCode(200)
                .extract().asString());
        Element jump = page.selectFirst(".result-jump a");
        assertThat(jump.text()).matches("\\d+ toimintaa löytyi.*").contains("siirry tuloksiin");
        assertThat(jump.attr("href")).isEqualTo("#results-heading");
        assertThat(page.getElementById("results-heading")).isNotNull();
        List<String> order = page.select("#q, .result-jump, details.filters, .results").stream()
                .map(e -> e.id().isEmpty() ? e.className() : e.id()).toList();
        assertThat(order).containsExactly("q", "result-jump", "filters", "results");
        // The filters are closed until the resident opens them, and nothing outside the form repeats them.
        assertThat(page.selectFirst("details.filters").hasAttr("open")).isFalse();
        assertThat(page.select("aside, .facets")).isEmpty();
        assertThat(page.select("[data-facet]").stream().allMatch(f -> f.closest("form") != null)).isTrue();
    }

    /** Walk-through: long option labels pushed the filter selects over each other on a desktop. */
    @Test
    void filterFieldsCannotGrowOverTheirNeighbours() {
        String css = given().when().get("/css/silta.css").then().statusCode(200).extract().asString();
        assertThat(css).contains(".filter-fields > * { min-width: 0; }")
                .contains(".filter-fields select, .filter-fields input:not([type=checkbox]) { width: 100%; max-width: 100%; }");
        Document page = html(given().when().get("/").then().statusCode(200).extract().asString());
        // The long lists (municipality, topic, ...) are no longer selects at all, but checkboxes that wrap.
        assertThat(page.select("select#municipality, select#category, select#targetGroup, select#accessibility"))
                .isEmpty();
    }

    /** Walk-through: raw English API text beside fields, and "nothing found" when nothing was searched. */
    @Test
    void wrongSearchValuesAreExplainedInThePagesLanguageAndNothingIsCalledNotFound() {
        List<Map<String, String>> wrong = List.of(Map.of("sort", "distance"), Map.of("radiusKm", "5"),
                Map.of("postalCode", "12345"), Map.of("from", "2027-01-10", "to", "2026-12-01"),
                Map.of("weekday", "xyz"), Map.of("page", "999"));
        for (String lang : List.of("fi", "sv")) {
            for (Map<String, String> params : wrong) {
                Document page = html(given().queryParams(params).queryParam("lang", lang).when().get("/").then()
                        .statusCode(400).extract().asString());
                String text = page.select("main, body").first().text();
                assertThat(text).as(lang + " " + params).doesNotContain("near").doesNotContain("postalCode")
                        .doesNotContain("needs").doesNotContain("must").doesNotContain("is not")
                        .doesNotContain("toimintaa löytyi").doesNotContain("verksamheter hittades")
                        .doesNotContain("Hakuehdoilla ei löytynyt");
                // The wrong value is marked beside its field, or, for one the form has no field for, named in the
                // summary.
                boolean marked = !page.select("[aria-invalid=true]").isEmpty();
                assertThat(marked || page.select(".error-summary p").size() > 1).as(lang + " " + params).isTrue();
            }
        }
        Document distance = html(given().queryParam("sort", "distance").when().get("/").then().statusCode(400)
                .extract().asString());
        assertThat(distance.select("#sort-error").text()).contains("postinumero");
    }

    /** Walk-through: "Takaisin hakuun" always went to an empty search. */
    @Test
    void theActivityPageLinksBackToTheSameFilteredResults() {
        long id = fixtures.activity(ActivitySpec.titled("Paluutesti kävelyryhmä").in("217", "69100", 63.9003, 23.9131));
        Document results = html(given().queryParam("q", "paluutesti kävely").queryParam("municipality", "217")
                .when().get("/").then().statusCode(200).extract().asString());
        String link = results.selectFirst(".result h3 a").attr("href");
        assertThat(link).startsWith("/activities/" + id + "?lang=fi&search=");
        // The links are used as a browser would, as written (RestAssured would escape them once more).
        Document activity = html(given().urlEncodingEnabled(false).when().get(link).then().statusCode(200).extract()
                .asString());
        String back = activity.selectFirst("a.back").attr("href");
        assertThat(back).startsWith("/?").contains("q=paluutesti+k%C3%A4vely").contains("municipality=217")
                .endsWith("lang=fi");
        Document again = html(given().urlEncodingEnabled(false).when().get(back).then().statusCode(200).extract()
                .asString());
        assertThat(again.selectFirst("#q").val()).isEqualTo("paluutesti kävely");
        assertThat(again.select(".result h3 a").attr("href")).startsWith("/activities/" + id);
        // Anything but a query string leads back to the plain search page.
        Document elsewhere = html(given().queryParam("search", "//evil.example/x").when().get("/activities/" + id)
                .then().statusCode(200).extract().asString());
        assertThat(elsewhere.selectFirst("a.back").attr("href")).isEqualTo("/?lang=fi");
    }

    /** Walk-through: the easy-read section showed Finnish under "På lättläst svenska". */
    @Test
    void easyReadTextIsShownOnlyInItsOwnLanguage() {
        long id = fixtures.activity(ActivitySpec.titled("Selkotesti jumppa").easyRead("Jumppaa tuolilla istuen."));
        Document fi = html(given().queryParam("lang", "fi").when().get("/activities/" + id).then().statusCode(200)
                .extract().asString());
        assertThat(fi.text()).contains("Jumppaa tuolilla istuen.");
        for (String lang : List.of("sv", "en")) {
            Document other = html(given().queryParam("lang", lang).when().get("/activities/" + id).then()
                    .statusCode(200).extract().asString());
            assertThat(other.text()).as(lang).doesNotContain("Jumppaa tuolilla istuen.");
        }
    }

    /** Walk-through: "0.1 km", "Osuvimmat ensin" twice, "60–", every empty parameter in the address, no favicon. */
    @Test
    void numbersLabelsAndAddressesReadAsPeopleWriteThem() {
        long near = fixtures.activity(ActivitySpec.titled("Muototesti lähellä").in("272", "67100", 63.8397, 23.133)
                .ages(60, null));
        Document page = html(given().queryParam("q", "muototesti").queryParam("postalCode", "67100")
                .queryParam("sort", "distance").when().get("/").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst(".distance").text()).isEqualTo("0,1 km");
        List<String> sorts = page.select("#sort option").eachText();
        assertThat(sorts).doesNotHaveDuplicates().contains("Osuvimmat ensin", "Lähimmät ensin");
        Document activity = html(given().when().get("/activities/" + near).then().statusCode(200).extract().asString());
        assertThat(activity.select("dl.facts").text()).contains("60 v. ja vanhemmat").doesNotContain("60–");
        long senior = fixtures.activity(ActivitySpec.titled("Muototesti seniorit").ages(65, 99));
        assertThat(html(given().when().get("/activities/" + senior).then().extract().asString()).select("dl.facts")
                .text()).contains("65 v. ja vanhemmat");
        // The form sends its empty fields too; the page answers with the tidy address of the filters in use.
        given().redirects().follow(false).queryParam("lang", "fi").queryParam("q", "jooga")
                .queryParam("municipality", "").queryParam("from", "").when().get("/").then().statusCode(303)
                .header("Location", matchesPattern(".*/\\?(lang=fi&q=jooga|q=jooga&lang=fi)"));
        given().when().get("/favicon.ico").then().statusCode(200).contentType(containsString("image/"));
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
