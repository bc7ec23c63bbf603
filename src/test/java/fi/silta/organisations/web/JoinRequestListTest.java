package fi.silta.organisations.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * The admin's list of requests to join is paged, filtered by status, searched by name, business id or municipality
 * and sorted; the page links keep the choices, and a decided request shows its decision instead of the buttons.
 */
@QuarkusTest
class JoinRequestListTest {

    private static final String ADMIN_API = "/api/v1/admin/organisation-requests";

    @Test
    void theRequestListIsFilteredSearchedSortedAndPagedWithItsChoicesKept() {
        String admin = DemoUsers.accessToken("admin");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            made.add(request(String.format("Sivutettava %02d", i)));
        }
        made.add(request("Lajittelu Öljymäki"));
        made.add(request("Lajittelu Aalto"));
        long refused = request("Aakkosellinen torjuttu");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "Ei toimintaa"))
                .post(ADMIN_API + "/" + refused + "/reject").then().statusCode(200);
        try {
            StaffBrowser browser = StaffBrowser.signIn("admin");
            Document found = Jsoup.parse(browser.get("/staff/admin/requests?q=sivutettava&lang=fi").asString());
            assertThat(found.select("article.request")).hasSize(20);
            assertThat(found.select("p.list-count").text()).isEqualTo("22 pyyntöä");
            assertThat(found.select("article.request h2").first().text()).isEqualTo("Sivutettava 00");
            assertThat(found.select("nav.paging a[rel=next]").attr("href"))
                    .isEqualTo("/staff/admin/requests?q=sivutettava&page=2");
            assertThat(found.select("#filter-q").val()).isEqualTo("sivutettava");
            Document second = Jsoup.parse(browser.get("/staff/admin/requests?q=sivutettava&page=2").asString());
            assertThat(second.select("article.request h2").eachText()).containsExactly("Sivutettava 20",
                    "Sivutettava 21");

            Document newest = Jsoup.parse(browser.get("/staff/admin/requests?q=sivutettava&sort=newest").asString());
            assertThat(newest.select("article.request h2").first().text()).isEqualTo("Sivutettava 21");
            assertThat(newest.select("#filter-sort option[selected]").val()).isEqualTo("newest");

            // Waiting requests are the default; a rejected one is found under its status, with its decision in words.
            assertThat(Jsoup.parse(browser.get("/staff/admin/requests?q=torjuttu").asString())
                    .select("article.request")).isEmpty();
            Document rejected = Jsoup.parse(browser.get("/staff/admin/requests?status=rejected&q=torjuttu&lang=fi")
                    .asString());
            assertThat(rejected.select("article.request h2").eachText()).containsExactly("Aakkosellinen torjuttu");
            assertThat(rejected.select("article.request .decision").text()).startsWith("Hylätty ");
            assertThat(rejected.select("article.request form")).isEmpty();
            Document all = Jsoup.parse(browser.get("/staff/admin/requests?status=all&q=torjuttu&lang=sv").asString());
            assertThat(all.select("article.request h2").eachText()).containsExactly("Aakkosellinen torjuttu");
            assertThat(all.select("#filter-status option[selected]").text()).isEqualTo("Alla");
            // By name rather than by age: the later request comes first. Other tests' requests are searched away.
            assertThat(Jsoup.parse(browser.get("/staff/admin/requests?q=lajittelu").asString())
                    .select("article.request h2").eachText()).containsExactly("Lajittelu Öljymäki", "Lajittelu Aalto");
            assertThat(Jsoup.parse(browser.get("/staff/admin/requests?q=lajittelu&sort=name").asString())
                    .select("article.request h2").eachText()).containsExactly("Lajittelu Aalto", "Lajittelu Öljymäki");

            // The municipality is searched by its name as the page shows it.
            assertThat(Jsoup.parse(browser.get("/staff/admin/requests?q=kokkola&sort=newest&lang=fi").asString())
                    .select("article.request h2").eachText()).contains("Sivutettava 21");
        } finally {
            for (long id : made) {
                given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "testi"))
                        .post(ADMIN_API + "/" + id + "/reject");
            }
        }
    }

    private static long request(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Yhteys Henkilö");
        body.put("contactEmail", "yhteys@example.org");
        return given().contentType("application/json").body(body).post("/api/v1/organisation-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }
}
