package fi.silta.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.Schedule;
import fi.silta.organisations.OrganisationType;
import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;

@QuarkusTest
class ActivitySearchTest {

    private static final String KOKKOLA_CENTRE = "63.8385,23.1307";

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    Clock clock;

    @Test
    void aQueryWithoutDiacriticsFindsTheWordWithThem() {
        long id = fixtures.activity(ActivitySpec.titled("Päiväkahvit seurakuntatalolla"));
        given().queryParam("q", "paivakahvit").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void aQueryWithATypoFindsTheWord() {
        long id = fixtures.activity(ActivitySpec.titled("Teatteri-ilta ikäihmisille"));
        given().queryParam("q", "teaterri").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void synonymsFindEachOtherAlsoInsideCompounds() {
        long plain = fixtures.activity(ActivitySpec.titled("Jumppa eläkeläisille"));
        long compound = fixtures.activity(ActivitySpec.titled("Tuolijumppaa palvelutalolla"));
        given().queryParam("q", "voimistelu").queryParam("size", 100).when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItems((int) plain, (int) compound));
    }

    @Test
    void aSwedishListingIsFoundFromAFinnishPage() {
        long id = fixtures.activity(ActivitySpec.titled(null, "Simning för seniorer", null)
                .languages("sv"));
        given().queryParam("q", "simning").queryParam("lang", "fi").when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " }.title", equalTo("Simning för seniorer"));
    }

    @Test
    void nearKokkolaCentreFindsOnlyKokkolaActivitiesClosestFirst() {
        long close = fixtures.activity(ActivitySpec.titled("Lähellä").in("272", "67100", 63.85, 23.13));
        long nearby = fixtures.activity(ActivitySpec.titled("Vähän kauempana").in("272", "67100", 63.8385, 23.20));
        long outskirts = fixtures.activity(ActivitySpec.titled("Kylällä").in("272", "68300", 63.91, 23.13));
        long kannus = fixtures.activity(ActivitySpec.titled("Kannuksessa").in("217", "69100", 63.9003, 23.9131));

        JsonPath body = given().queryParam("near", KOKKOLA_CENTRE).queryParam("radiusKm", 5)
                .queryParam("sort", "distance").queryParam("size", 100)
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.municipality.code", everyItem(equalTo("272")))
                .body("items.distanceKm", everyItem(lessThanOrEqualTo(5.0f)))
                .body("items.id", hasItems((int) close, (int) nearby))
                .body("items.id", not(hasItem((int) outskirts)))
                .body("items.id", not(hasItem((int) kannus)))
                .extract().jsonPath();
        List<Float> distances = body.getList("items.distanceKm", Float.class);
        assertThat(distances).isSorted();
        assertThat(body.getList("items.id", Integer.class).indexOf((int) close))
                .isLessThan(body.getList("items.id", Integer.class).indexOf((int) nearby));
    }

    @Test
    void aPostalCodeSearchesAroundTheCentreOfItsArea() {
        long id = fixtures.activity(ActivitySpec.titled("Postinumeron lähellä").in("272", "67100", 63.84, 23.13));
        given().queryParam("postalCode", "67100").queryParam("radiusKm", 5).queryParam("size", 100)
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.municipality.code", everyItem(equalTo("272")));
        given().queryParam("postalCode", "00003").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("postalCode"));
    }

    @Test
    void everyFacetCountEqualsTheNumberOfHitsWithThatValue() {
        fixtures.activity(ActivitySpec.titled("Seurakunnan lauluhetki").categories("CULTURE").targetGroups("SENIORS")
                .languages("fi", "sv").paid().accessibility(AccessibilityFeature.INDUCTION_LOOP)
                .by(OrganisationType.PARISH).in("217", "69100", 63.9003, 23.9131));
        fixtures.activity(ActivitySpec.titled("Kunnan kuntosalivuoro").targetGroups("SENIORS", "FAMILIES")
                .accessibility(AccessibilityFeature.INDUCTION_LOOP, AccessibilityFeature.ELEVATOR)
                .by(OrganisationType.MUNICIPALITY));
        for (Map<String, List<String>> base : List.of(Map.<String, List<String>> of(),
                Map.of("q", List.of("kuntosali")), Map.of("municipality", List.of("272")))) {
            assertEveryFacetCountIsASeparateSearch(base);
        }
    }

    @Test
    void anAgeFindsActivitiesWhoseRangeHoldsItAndThoseWithoutARange() {
        long seniors = fixtures.activity(ActivitySpec.titled("Ikätesti seniorit").ages(65, null));
        long youth = fixtures.activity(ActivitySpec.titled("Ikätesti nuoret").ages(13, 17));
        long everyone = fixtures.activity(ActivitySpec.titled("Ikätesti kaikille"));
        long upTo = fixtures.activity(ActivitySpec.titled("Ikätesti lapset").ages(null, 12));
        assertThat(search(Map.of("q", List.of("ikätesti"), "age", List.of("70"))).getList("items.id", Long.class))
                .contains(seniors, everyone).doesNotContain(youth, upTo);
        assertThat(search(Map.of("q", List.of("ikätesti"), "age", List.of("15"))).getList("items.id", Long.class))
                .contains(youth, everyone).doesNotContain(seniors, upTo);
        assertThat(search(Map.of("q", List.of("ikätesti"), "age", List.of("12"))).getList("items.id", Long.class))
                .contains(upTo, everyone).doesNotContain(seniors, youth);
        given().queryParam("age", "121").when().get("/api/v1/activities").then().statusCode(400)
                .body("errors.field", hasItem("age"));
    }

    @Test
    void twoMunicipalitiesAndTwoCategoriesCombineAndEveryCountMatchesSeparateSearches() {
        long kokkolaCulture = fixtures.activity(ActivitySpec.titled("Kuorolaulua Kokkolassa").categories("CULTURE")
                .in("272", "67100", 63.84, 23.13));
        long kannusSport = fixtures.activity(ActivitySpec.titled("Sählyä Kannuksessa").categories("PHYSICAL_ACTIVITY")
                .in("217", "69100", 63.9003, 23.9131));
        long kannusBoth = fixtures
                .activity(ActivitySpec.titled("Tanssi-ilta Kannuksessa").categories("CULTURE", "PHYSICAL_ACTIVITY")
                        .in("217", "69100", 63.9003, 23.9131));
        long kokkolaOther = fixtures.activity(ActivitySpec.titled("Muistikahvila Kokkolassa").categories("SOCIAL")
                .in("272", "67100", 63.84, 23.13));
        long elsewhere = fixtures.activity(ActivitySpec.titled("Kuorolaulua Kaustisella").categories("CULTURE")
                .in("236", "69600", 63.54, 23.69));
        Map<String, List<String>> both = Map.of("municipality", List.of("272", "217"), "category",
                List.of("CULTURE", "PHYSICAL_ACTIVITY"));

        JsonPath combined = search(both);
        assertThat(combined.getList("items.id", Long.class)).contains(kokkolaCulture, kannusSport, kannusBoth)
                .doesNotContain(kokkolaOther, elsewhere);
        // Municipalities exclude each other, so the combined total is the sum of one search per municipality.
        long perMunicipality = search(
                Map.of("municipality", List.of("272"), "category", List.of("CULTURE", "PHYSICAL_ACTIVITY")))
                .getLong("total")
                + search(Map.of("municipality", List.of("217"), "category", List.of("CULTURE", "PHYSICAL_ACTIVITY")))
                        .getLong("total");
        assertThat(combined.getLong("total")).isEqualTo(perMunicipality);
        // Both chosen municipalities and both chosen categories still show, with the counts they have on their own,
        // and so does a municipality and a category not chosen.
        assertThat(count(combined, "municipality", "272")).isGreaterThanOrEqualTo(1);
        assertThat(count(combined, "municipality", "217")).isGreaterThanOrEqualTo(2);
        assertThat(count(combined, "municipality", "236")).isGreaterThanOrEqualTo(1);
        assertThat(count(combined, "category", "SOCIAL")).isGreaterThanOrEqualTo(1);
        assertEveryFacetCountIsASeparateSearch(both);
    }

    /**
     * A facet count is the total of a separate search: for a facet the search filters on, that facet's filter replaced
     * by the value alone (values of one facet are alternatives); for any other facet, the value added. Accessibility
     * features must all be present, so its values are always added.
     */
    private void assertEveryFacetCountIsASeparateSearch(Map<String, List<String>> base) {
        JsonPath all = search(base);
        Map<String, List<Map<String, Object>>> facets = all.getMap("facets");
        assertThat(facets.keySet()).containsExactly("municipality", "category", "targetGroup", "language", "free",
                "accessibility", "organisationType");
        assertThat(facets.get("organisationType")).isNotEmpty();
        facets.forEach((facet, values) -> values.forEach(value -> {
            Map<String, List<String>> separate = new LinkedHashMap<>(base);
            List<String> others = facet.equals("accessibility") ? base.getOrDefault(facet, List.of()) : List.of();
            List<String> asked = new ArrayList<>(others);
            asked.add(String.valueOf(value.get("key")));
            separate.put(facet, asked);
            assertThat(search(separate).getLong("total")).as(facet + "=" + value.get("key") + " with " + base)
                    .isEqualTo(((Number) value.get("count")).longValue());
        }));
    }

    private static JsonPath search(Map<String, List<String>> params) {
        var request = given().queryParam("size", 100);
        params.forEach((name, values) -> request.queryParam(name, values));
        return request.when().get("/api/v1/activities").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath page, String facet, String key) {
        Number count = page.get("facets." + facet + ".find { it.key == '" + key + "' }.count");
        return count == null ? 0 : count.longValue();
    }

    @Test
    void facetLabelsFollowTheLanguage() {
        fixtures.activity(ActivitySpec.titled("Induktiosilmukallinen tila")
                .accessibility(AccessibilityFeature.INDUCTION_LOOP));
        given().queryParam("lang", "sv").queryParam("size", 1).when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("facets.accessibility.find { it.key == 'INDUCTION_LOOP' }.label", equalTo("Hörslinga"))
                .body("facets.municipality.find { it.key == '272' }.label", equalTo("Karleby"));
    }

    @Test
    void weekdayTimeOfDayAndDatesNarrowTheSessions() {
        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        long eveningTuesdays = fixtures.activity(ActivitySpec.titled("Iltatanssit kvartsi")
                .weekly(tuesday.atTime(18, 30), "FREQ=WEEKLY"));
        long morningThursdays = fixtures.activity(ActivitySpec.titled("Aamutanssit kvartsi")
                .weekly(tuesday.plusDays(2).atTime(9, 0), "FREQ=WEEKLY"));
        long once = fixtures.activity(ActivitySpec.titled("Kevättanssit kvartsi").once(today.plusDays(30).atTime(12, 0)));

        given().queryParam("q", "kvartsi").queryParam("weekday", "tue").queryParam("timeOfDay", "evening")
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", hasItem((int) eveningTuesdays))
                .body("items.id", not(hasItem((int) morningThursdays)));
        given().queryParam("q", "kvartsi").queryParam("weekday", "thu,tue").queryParam("timeOfDay", "morning")
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", hasItem((int) morningThursdays))
                .body("items.id", not(hasItem((int) eveningTuesdays)));
        given().queryParam("q", "kvartsi").queryParam("from", today.plusDays(29).toString())
                .queryParam("to", today.plusDays(31).toString())
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", hasItem((int) once));
        given().queryParam("q", "kvartsi").queryParam("to", today.plusDays(10).toString())
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", not(hasItem((int) once)))
                .body("items.id", hasItem((int) eveningTuesdays));
    }

    @Test
    void anOngoingActivityIsFoundUnlessDaysOrTimesAreAsked() {
        long id = fixtures.activity(ActivitySpec.titled("Vertaistukipuhelin kvasaari").ongoing());
        given().queryParam("q", "kvasaari").when().get("/api/v1/activities")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        given().queryParam("q", "kvasaari").queryParam("weekday", "mon").when().get("/api/v1/activities")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void draftsAndPastActivitiesAreNeverFound() {
        long draft = fixtures.activity(ActivitySpec.titled("Luonnos kvintti").draft());
        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        long past = fixtures.activity(ActivitySpec.titled("Mennyt kvintti").once(today.minusDays(3).atTime(10, 0)));
        given().queryParam("q", "kvintti").when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", not(hasItem((int) draft)))
                .body("items.id", not(hasItem((int) past)));
    }

    @Test
    void aTitleMatchRanksAboveADescriptionMatchAndAFreshListingAboveAStaleOne() {
        long inDescription = fixtures.activity(ActivitySpec.titled("Kirjaston ilta")
                .description("Illan aikana kokoontuu myös lukupiiri.").in("005", "62900", 63.0, 23.8));
        long inTitle = fixtures.activity(ActivitySpec.titled("Lukupiiri").in("005", "62900", 63.0, 23.8));
        long stale = fixtures.activity(ActivitySpec.titled("Muistikahvila")
                .verifiedAt(clock.instant().minus(Duration.ofDays(800))).in("005", "62900", 63.0, 23.8));
        long fresh = fixtures.activity(ActivitySpec.titled("Muistikahvila")
                .verifiedAt(clock.instant().minus(Duration.ofDays(10))).in("005", "62900", 63.0, 23.8));

        List<Integer> reading = given().queryParam("q", "lukupiiri").queryParam("municipality", "005")
                .when().get("/api/v1/activities").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(reading).containsSubsequence((int) inTitle, (int) inDescription);
        List<Integer> memory = given().queryParam("q", "muistikahvila").queryParam("municipality", "005")
                .when().get("/api/v1/activities").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(memory).containsSubsequence((int) fresh, (int) stale);
    }

    @Test
    void suggestionsCompleteTitlesFromTheFirstLettersAndCompoundParts() {
        long id = fixtures.activity(ActivitySpec.titled("Tuolijooga kvanttilaisille"));
        given().queryParam("q", "kvantti").when().get("/api/v1/activities/suggest")
                .then().statusCode(200).body("id", hasItem((int) id))
                .body("title", hasItem("Tuolijooga kvanttilaisille"));
        given().queryParam("q", "joog kvant").when().get("/api/v1/activities/suggest")
                .then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        given().queryParam("near", "north").queryParam("weekday", "funday").queryParam("timeOfDay", "noon")
                .queryParam("from", "2026-13-01").queryParam("lang", "de").queryParam("page", "0")
                .queryParam("free", "maybe").queryParam("municipality", "Kokkola")
                .queryParam("accessibility", "teleport").queryParam("organisationType", "club")
                .when().get("/api/v1/activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("near", "weekday", "timeOfDay", "from", "lang", "page", "free",
                        "municipality", "accessibility", "organisationType"));
        given().queryParam("sort", "distance").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("radiusKm", "5").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("radiusKm"));
        given().queryParam("near", KOKKOLA_CENTRE).queryParam("radiusKm", "-2").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("radiusKm"));
        given().queryParam("page", "200").queryParam("size", "100").when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("q", "x".repeat(201)).when().get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }
}
