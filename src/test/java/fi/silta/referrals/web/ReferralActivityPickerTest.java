package fi.silta.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.ActivitySpec;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.FormValues;
import fi.silta.testsupport.StaffBrowser;

/** The nurse searches activities while writing a referral, before it is sent, and suggests what was found. */
@QuarkusTest
class ReferralActivityPickerTest {

    @Inject
    CatalogueFixtures fixtures;

    @Test
    void aReferralIsWrittenWithActivitiesFoundInANeighbouringMunicipalityAndOnline() {
        long home = fixtures.activity(ActivitySpec.titled("Poimintatesti muistikahvila Kokkolassa")
                .in("272", "67100", 63.84, 23.13));
        long neighbour = fixtures.activity(ActivitySpec.titled("Poimintatesti muistikahvila Kruunupyyssä")
                .in("288", "68500", 63.7193, 23.0226));
        long far = fixtures.activity(ActivitySpec.titled("Poimintatesti muistikahvila Helsingissä")
                .in("091", "00100", 60.1699, 24.9384));
        long online = fixtures.activity(ActivitySpec.titled("Poimintatesti muistikahvila verkossa").online());

        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response searched = nurse.submit("/staff/referrals/new?lang=fi", "form.referral-form",
                Map.of("client.firstName", "Aino", "client.lastName", "Poimija", "municipality", "272",
                        "activityWords", "poimintatesti muistikahvila", "activityPostalCode", "67100",
                        "findActivities", "1"));
        assertThat(searched.statusCode()).as(searched.asString()).isEqualTo(200);
        Document form = Jsoup.parse(searched.asString());
        // Nothing was sent: the form is back as it was typed, with the activities found in three groups.
        assertThat(form.select("#f-client\\.firstName").val()).isEqualTo("Aino");
        assertThat(ids(form, "HOME")).contains(home).doesNotContain(neighbour, online, far);
        assertThat(ids(form, "NEIGHBOURS")).contains(neighbour).doesNotContain(home, far, online);
        assertThat(ids(form, "ONLINE")).contains(online).doesNotContain(home, neighbour, far);
        assertThat(form.select(".picker-group h3").eachText()).containsExactly("Asiakkaan kunnassa", "Lähikunnissa",
                "Verkossa");

        Response sent = nurse.post("/staff/referrals", FormValues.of(form.selectFirst("form.referral-form"),
                Map.of("context", "SENIOR_CLINIC", "needs", List.of("LONELINESS"), "consents", "LINK_PERSON",
                        "activityIds", List.of(String.valueOf(neighbour), String.valueOf(online)))));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        String casePath = sent.header("Location").replaceAll("^https?://[^/]+", "");
        String casePage = nurse.get(casePath).asString();
        assertThat(casePage).contains("Poimintatesti muistikahvila Kruunupyyssä")
                .contains("Poimintatesti muistikahvila verkossa").doesNotContain("Poimintatesti muistikahvila Kokkolassa");
    }

    private static List<Long> ids(Document form, String where) {
        return form.select(".picker-group[data-where=" + where + "] input[name=activityIds]").eachAttr("value")
                .stream().map(Long::valueOf).toList();
    }
}
