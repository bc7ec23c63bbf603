package fi.silta.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/** The coordinator's link-person profiles: municipalities and languages by name, an edit link, a confirmation. */
@QuarkusTest
class LinkPersonPagesTest {

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void aProfileIsShownInWordsEditedFromItsLinkAndItsSaveConfirmed() {
        StaffBrowser coordinator = StaffBrowser.signIn("coordinator");
        Response saved = coordinator.submit("/staff/referrals/link-persons?lang=fi", "form.link-person-form",
                Map.of("username", "linkperson2", "displayName", "Leena Muokattava", "capacity", "9",
                        "municipalities", List.of("272", "236"), "languages", List.of("fi", "sv")));
        assertThat(saved.statusCode()).isEqualTo(303);
        String next = saved.header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(next).isEqualTo("/staff/referrals/link-persons?done=saved");
        Document list = page(coordinator.get(next + "&lang=fi"));
        assertThat(list.select("#confirmation").text()).isEqualTo("Tallennettu.");
        String line = list.select("ul.link-persons li:contains(Leena Muokattava)").text();
        assertThat(line).contains("Kokkola").contains("Kaustinen").contains("suomi").contains("ruotsi")
                .doesNotContain("272").doesNotContain("sv,");

        String edit = list.select("ul.link-persons li:contains(Leena Muokattava) a.edit").attr("href");
        assertThat(edit).startsWith("/staff/referrals/link-persons?edit=linkperson2");
        Document form = page(coordinator.get(edit.replace("#f-username", "") + "&lang=fi"));
        assertThat(form.select("#f-displayName").attr("value")).isEqualTo("Leena Muokattava");
        assertThat(form.select("#f-capacity").attr("value")).isEqualTo("9");
        assertThat(form.select("input[name=municipalities][checked]").eachAttr("value")).contains("272", "236");
    }
}
