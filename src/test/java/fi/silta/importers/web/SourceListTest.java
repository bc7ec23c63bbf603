package fi.silta.importers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.StaffBrowser;

/**
 * The admin's list of import sources is paged, filtered (running, switched off, failing), searched by name or
 * address and sorted; the page links keep the choices.
 */
@QuarkusTest
class SourceListTest {

    @Test
    void theSourceListIsFilteredSearchedSortedAndPagedWithItsChoicesKept() {
        String token = ImportFixtures.adminToken();
        for (int i = 0; i < 27; i++) {
            ImportFixtures.createSource(token, Map.of("name", String.format("listalahde-%02d", i), "type", "ICS",
                    "url", "https://listalahde.example.org/" + i + ".ics", "enabled", i % 3 != 0));
        }
        StaffBrowser admin = StaffBrowser.signIn("admin");
        Document first = Jsoup.parse(admin.get("/staff/admin/sources?q=listalahde&lang=fi").asString());
        assertThat(first.select("table.listings tbody tr")).hasSize(25);
        assertThat(first.select("p.list-count").text()).isEqualTo("27 lähdettä");
        assertThat(first.select("table.listings tbody tr a").first().text()).isEqualTo("listalahde-00");
        assertThat(first.select("nav.paging a[rel=next]").attr("href"))
                .isEqualTo("/staff/admin/sources?q=listalahde&page=2");
        Document second = Jsoup.parse(admin.get("/staff/admin/sources?q=listalahde&page=2&lang=fi").asString());
        assertThat(second.select("table.listings tbody tr a").eachText()).containsExactly("listalahde-25",
                "listalahde-26");
        assertThat(second.select("nav.paging a[rel=prev]").attr("href"))
                .isEqualTo("/staff/admin/sources?q=listalahde&page=1");

        // Nine of them are switched off; the address of the feed is searched too.
        Document off = Jsoup.parse(admin.get("/staff/admin/sources?show=disabled&q=listalahde.example&lang=sv")
                .asString());
        assertThat(off.select("table.listings tbody tr")).hasSize(9);
        assertThat(off.select("table.listings tbody tr td:eq(2)").eachText()).containsOnly("nej");
        assertThat(off.select("#filter-show option[selected]").text()).isEqualTo("Avstängda");
        assertThat(off.select("nav.paging")).isEmpty();

        Document byActivities = Jsoup.parse(admin.get("/staff/admin/sources?q=listalahde-1&sort=activities")
                .asString());
        assertThat(byActivities.select("#filter-sort option[selected]").val()).isEqualTo("activities");
        assertThat(byActivities.select("table.listings tbody tr")).hasSize(10);
        assertThat(Jsoup.parse(admin.get("/staff/admin/sources?show=failing&q=listalahde").asString())
                .select("table.listings tbody tr")).isEmpty();
    }
}
