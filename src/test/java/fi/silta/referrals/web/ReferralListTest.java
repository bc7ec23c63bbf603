package fi.silta.referrals.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A referral list of hundreds stays usable: pages of 25, filters by status, urgency, municipality and day, a search
 * by referral number or (posted) by the client's name, sorting, a referral number and the day written on each row,
 * and cells that carry their column's name so that a phone shows each row as a card instead of a wide table.
 */
@QuarkusTest
class ReferralListTest {

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static long write(String lastName, String urgency, String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", Map.of("firstName", "Testi", "lastName", lastName, "language", "fi"));
        body.put("municipality", municipality);
        body.put("context", "OTHER");
        body.put("needs", List.of("LONELINESS"));
        body.put("urgency", urgency);
        body.put("linkPersonNeeded", false);
        return given().auth().oauth2(DemoUsers.accessToken("nurse4")).contentType("application/json").body(body)
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aLongListIsPagedFilteredSortedAndSearchedWithoutNamesInTheAddress() {
        long first = write("Listattava", "URGENT", "272");
        for (int i = 0; i < 27; i++) {
            write("Rivi" + i, "ROUTINE", "091");
        }
        long last = write("Viimeinen", "SOON", "272");
        StaffBrowser nurse = StaffBrowser.signIn("nurse4");

        Document all = page(nurse.get("/staff/referrals?lang=fi"));
        assertThat(all.select("table.referrals tbody tr")).hasSize(25);
        assertThat(all.select("p.list-count").text()).isEqualTo("29 lähetettä");
        assertThat(all.select("table.referrals tbody tr").first().select("td").first().text())
                .isEqualTo(String.valueOf(last));
        assertThat(all.select("nav.paging a[rel=next]").attr("href")).isEqualTo("/staff/referrals?page=2");
        Document second = page(nurse.get("/staff/referrals?page=2&lang=fi"));
        assertThat(second.select("table.referrals tbody tr")).hasSize(4);
        assertThat(second.select("nav.paging").text()).contains("Sivu 2/2");

        // Every cell names its column, which a phone shows beside the value.
        Element row = all.selectFirst("table.referrals tbody tr");
        assertThat(row.select("td").eachAttr("data-label")).contains("Nro", "Kirjoitettu", "Asiakas", "Kunta",
                "Kiireellisyys");
        assertThat(row.select("td[data-label=Kunta]").text()).isEqualTo("Kokkola");

        Document kokkola = page(nurse.get("/staff/referrals?municipality=272&sort=urgency&lang=fi"));
        assertThat(kokkola.select("table.referrals tbody tr td:eq(2)").eachText())
                .containsExactly("Testi Listattava", "Testi Viimeinen");
        assertThat(page(nurse.get("/staff/referrals?urgency=SOON")).select("table.referrals tbody tr")).hasSize(1);
        assertThat(page(nurse.get("/staff/referrals?number=" + first)).select("table.referrals a").eachText())
                .containsExactly("Testi Listattava");
        assertThat(page(nurse.get("/staff/referrals?status=completed")).select("table.referrals tbody tr")).isEmpty();
        assertThat(page(nurse.get("/staff/referrals?from=2999-01-01")).select("table.referrals tbody tr")).isEmpty();

        // The name search is a posted form; its answer links pages without the name.
        Document search = page(nurse.get("/staff/referrals?lang=fi"));
        assertThat(search.selectFirst("form.find-form").attr("method")).isEqualTo("post");
        Response found = nurse.submit("/staff/referrals", "form.find-form", Map.of("name", "viimei"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(page(found).select("table.referrals a").eachText()).containsExactly("Testi Viimeinen");
        assertThat(page(found).select("a[href*=Viimei], a[href*=viimei]")).isEmpty();
        assertThat(search.selectFirst("form.filter-form").select("input[name=name]")).isEmpty();
    }
}
