package fi.silta.publishing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.publishing.api.ActivityEdit.ScheduleView;
import fi.silta.publishing.api.ScheduleInput.Kind;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.FormValues;
import fi.silta.testsupport.StaffBrowser;

/**
 * What a publisher is told on the activity page: a confirmation after each action, errors summarised at the top of
 * the form they belong to with links to the fields, schedules and history in words, and destructive buttons that
 * look apart and ask first.
 */
@QuarkusTest
class PublisherFeedbackTest {

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;
    private StaffBrowser browser;

    @BeforeEach
    void publisher() {
        organisation = fixtures.organisationWithMembers("Palauteyhdistys ry", "publisher");
        browser = StaffBrowser.signIn("publisher");
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** Follows a redirect as a browser would, and returns the page it leads to. */
    private Document follow(Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        String location = redirect.header("Location");
        if (location.contains("#")) {
            // The fragment says where the browser scrolls; it never reaches the server.
            assertThat(page(browser.get(location.replaceFirst("#.*", ""))).getElementById(location.replaceFirst(".*#", "")))
                    .as(location).isNotNull();
        }
        return page(browser.get(location.replaceFirst("#.*", "")));
    }

    private long create(String title) {
        Response created = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form",
                Map.of("title.fi", title, "summary.fi", "Lyhyt kuvaus.", "onlineUrl", "https://example.org/"));
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.header("Location").replaceAll(".*/staff/activities/(\\d+).*", "$1"));
    }

    private Response addWeekly(long id) {
        return browser.submit("/staff/activities/" + id, "form.schedule-form",
                Map.of("kind", "WEEKLY", "date", LocalDate.now().plusDays(1).toString(), "startTime", "10.00",
                        "endTime", "11.00", "weekdays", "TUESDAY", "until", LocalDate.now().plusMonths(3).toString()));
    }

    @Test
    void everyActionEndsOnAPageThatSaysWhatWasDone() {
        long id = create("Kuvataidepiiri");
        Response created = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", "Toinen", "summary.fi", "Kuvaus."));
        assertThat(follow(created).select("#confirmation[role=status]").text()).isEqualTo("Luotu.");

        Document saved = follow(browser.submit("/staff/activities/" + id, "form.activity-form",
                Map.of("title.fi", "Kuvataidepiiri aikuisille")));
        assertThat(saved.select("#confirmation").text()).isEqualTo("Tallennettu.");
        assertThat(saved.select("#confirmation").hasAttr("autofocus")).isTrue();

        Document added = follow(addWeekly(id));
        assertThat(added.select("#schedules #confirmation").text()).isEqualTo("Lisätty.");

        Document published = follow(browser.submit("/staff/activities/" + id,
                "form[action$=/publish]", Map.of()));
        assertThat(published.select("#confirmation").text()).startsWith("Julkaistu.");

        String cancel = published.select(".sessions form[action$=/cancel]").first().attr("action");
        Document cancelled = follow(browser.submit("/staff/activities/" + id, "form[action=" + cancel + "]",
                Map.of()));
        assertThat(cancelled.select("section:has(#sessions) #confirmation").text()).isEqualTo("Peruttu.");

        Document archived = follow(browser.submit("/staff/activities/" + id, "form[action$=/archive]", Map.of()));
        assertThat(archived.select("#confirmation").text()).startsWith("Arkistoitu.");

        // Without an action just done, or with an address that names no known one, nothing is confirmed.
        assertThat(page(browser.get("/staff/activities/" + id)).select("#confirmation")).isEmpty();
        assertThat(page(browser.get("/staff/activities/" + id + "?done=%3Cb%3Ehei")).select("#confirmation"))
                .isEmpty();
    }

    @Test
    void aRefusedScheduleIsSummarisedAboveItsFormWithLinksToTheFieldsAndTheFocusThere() {
        long id = create("Tanssi");
        Response refused = browser.submit("/staff/activities/" + id, "form.schedule-form",
                Map.of("kind", "ONCE", "date", LocalDate.now().plusDays(14).toString(), "startTime", "12.00",
                        "endTime", "11.00"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        Element summary = page.selectFirst("#error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        // The summary sits with the schedule form, not at the top of a page thousands of pixels above it.
        assertThat(summary.parent().id()).isEqualTo("schedules");
        assertThat(page.select("form.schedule-form").attr("action")).endsWith("#add-schedule");
        Element link = summary.selectFirst("a[href=#f-endTime]");
        assertThat(link).isNotNull();
        assertThat(link.text()).startsWith("Päättyy klo:");
        assertThat(page.select("#f-endTime")).hasSize(1);
        assertThat(page.select("#f-endTime-error").text()).isNotBlank();
    }

    @Test
    void aRefusedActivityFormLinksEachFieldByItsLabel() {
        Response refused = browser.submit("/staff/organisations/" + organisation + "/activities/new?lang=fi",
                "form.activity-form", Map.of("title.fi", "Kirjoituspiiri", "capacity", "0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select("#error-summary a[href=#f-capacity]").text()).isEqualTo("Paikkoja: Vähintään 1.");
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .allSatisfy(href -> assertThat(page.select(href)).as(href).hasSize(1));
        assertThat(page.select("fieldset#f-title legend .required").text()).isEqualTo("(pakollinen)");
    }

    @Test
    void schedulesReadAsWordsWithoutTheStoredRule() {
        long id = create("Tuolijumppa");
        addWeekly(id);
        LocalDate until = LocalDate.now().plusMonths(3);
        String fi = page(browser.get("/staff/activities/" + id + "?lang=fi")).select("#schedules li").text();
        assertThat(fi).contains("joka tiistai klo 10.00–11.00, ")
                .contains("–" + until.getDayOfMonth() + "." + until.getMonthValue() + "." + until.getYear())
                .doesNotContain("BYDAY", "WEEKLY", "min");
        String sv = page(browser.get("/staff/activities/" + id + "?lang=sv")).select("#schedules li").text();
        assertThat(sv).contains("varje tisdag kl. 10.00–11.00");
        String en = page(browser.get("/staff/activities/" + id + "?lang=en")).select("#schedules li").text();
        assertThat(en).contains("every Tuesday, 10:00–11:00");
    }

    @Test
    void aRuleWrittenElsewhereReadsAsRepeatingWithItsTimesAndNeverAsTheRule() {
        PublishingMessages fi = MessageBundles.get(PublishingMessages.class, Localized.Literal.of("fi"));
        ScheduleView imported = new ScheduleView(1, LocalDateTime.of(2026, 12, 8, 10, 0), 60,
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", List.of(), null, List.of(), null, null, "Europe/Helsinki");
        assertThat(new ScheduleWords(fi, Locale.of("fi")).describe(imported))
                .isEqualTo("toistuu säännöllisesti klo 10.00–11.00 (katso tulevat kerrat), 8.12.2026 alkaen");
        ScheduleView monthly = new ScheduleView(2, LocalDateTime.of(2026, 12, 1, 18, 0), 90, "FREQ=MONTHLY;BYDAY=1TU",
                List.of(LocalDateTime.of(2027, 1, 5, 18, 0)), Kind.MONTHLY, List.of(DayOfWeek.TUESDAY), 1,
                LocalDate.of(2027, 5, 25), "Europe/Helsinki");
        assertThat(new ScheduleWords(fi, Locale.of("fi")).describe(monthly)).isEqualTo(
                "kuukauden ensimmäinen tiistai klo 18.00–19.30, 1.12.2026–25.5.2027 (paitsi 5.1.2027)");
        ScheduleView twoDays = new ScheduleView(3, LocalDateTime.of(2026, 12, 8, 10, 0), 60, "FREQ=WEEKLY;BYDAY=TU,TH",
                List.of(), Kind.WEEKLY, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, LocalDate.of(2027, 5, 25),
                "Europe/Helsinki");
        assertThat(new ScheduleWords(fi, Locale.of("fi")).describe(twoDays))
                .isEqualTo("joka tiistai ja torstai klo 10.00–11.00, 8.12.2026–25.5.2027");
    }

    @Test
    void theHistorySaysWhatChangedInThePagesLanguageWithTheTime() {
        long id = create("Lauluryhmä");
        browser.submit("/staff/activities/" + id, "form.activity-form",
                Map.of("summary.fi", "Uusi kuvaus.", "capacity", "12"));
        addWeekly(id);
        Document fi = page(browser.get("/staff/activities/" + id + "?lang=fi"));
        assertThat(fi.select(".history li").eachText())
                .anyMatch(line -> line.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}\\.\\d{2} publisher: muokkasi – "
                        + "muutetut tiedot: Lyhyt kuvaus, Paikkoja"))
                .anyMatch(line -> line.endsWith("lisäsi ajan – toistuvuus: viikoittain"));
        String all = fi.select(".history").text();
        assertThat(all).doesNotContain("fields:", "kind:", "WEEKLY", "summary,", "capacity");
        String sv = page(browser.get("/staff/activities/" + id + "?lang=sv")).select(".history").text();
        assertThat(sv).contains("ändrade uppgifter:", "upprepning: varje vecka").doesNotContain("fields:");
    }

    @Test
    void aButtonPressedInAStaleTabIsExplainedAsAChangeMadeMeanwhileNotAsUnsavedText() {
        long id = create("Kahvila");
        addWeekly(id);
        Document tabB = page(browser.get("/staff/activities/" + id));
        follow(browser.submit("/staff/activities/" + id, "form.activity-form", Map.of("title.fi", "Kahvila auki")));
        Element cancel = tabB.select(".sessions form[action$=/cancel]").first();
        Response refused = browser.post(cancel.attr("action"), FormValues.of(cancel, Map.of()));
        assertThat(refused.statusCode()).isEqualTo(409);
        String notice = page(refused).select("#error-summary").text();
        assertThat(notice).contains("sen jälkeen, kun avasit sivun").doesNotContain("lomakkeessa");
    }

    @Test
    void destructiveActionsLookApartAndAskBeforeTheyAct() {
        long id = create("Askartelu");
        addWeekly(id);
        follow(browser.submit("/staff/activities/" + id, "form[action$=/publish]", Map.of()));
        Document page = page(browser.get("/staff/activities/" + id));
        for (String action : new String[] { "/archive", "/cancel", "/remove" }) {
            Element form = page.select("form[action$=" + action + "]").first();
            assertThat(form).as(action).isNotNull();
            // The form only opens from its disclosure, which works without JavaScript, and says what will happen.
            assertThat(form.parent().is("details.danger")).as(action).isTrue();
            assertThat(form.select("button.danger")).as(action).hasSize(1);
            assertThat(form.select("p").first().text()).as(action).endsWith("?");
        }
        assertThat(page.select("form[action$=/publish] button.danger")).isEmpty();
    }

    @Test
    void aNewDraftIsNotSaidToBeConfirmedAndAskesForAPlaceRatherThanDefaultingToOnline() {
        long id = create("Uusi luonnos");
        Document page = page(browser.get("/staff/activities/" + id + "?lang=fi"));
        assertThat(page.select(".status").text()).contains("Viimeksi vahvistettu ei vielä");
        Document fresh = page(browser.get("/staff/organisations/" + organisation + "/activities/new?lang=fi"));
        assertThat(fresh.select("#f-placeId option").first().text()).startsWith("Valitse paikka");
    }

    @Test
    void aPlaceIsFoundByItsAddressWithoutTypedCoordinates() {
        Document form = page(browser.get("/staff/organisations/" + organisation + "/places/new?lang=fi"));
        // The coordinates are optional, behind a disclosure; the postal code places it.
        assertThat(form.select("details.coordinates #f-latitude")).hasSize(1);
        assertThat(form.select("details.coordinates").hasAttr("open")).isFalse();
        Response saved = browser.submit("/staff/organisations/" + organisation + "/places/new?lang=fi",
                "form.place-form", Map.of("name.fi", "Kaupunginkirjasto", "streetAddress", "Pitkänsillankatu 28",
                        "postalCode", "67100", "municipality", "272"));
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        JsonPath places = given()
                .auth().oauth2(DemoUsers.accessToken("publisher")).when()
                .get("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(200).extract()
                .jsonPath();
        double latitude = places.getDouble("find { it.fields.streetAddress == 'Pitkänsillankatu 28' }.fields.latitude");
        double longitude = places
                .getDouble("find { it.fields.streetAddress == 'Pitkänsillankatu 28' }.fields.longitude");
        // Kokkola's centre.
        assertThat(latitude).isBetween(63.7, 63.9);
        assertThat(longitude).isBetween(23.0, 23.3);
    }

    @Test
    void anActivityCanBeCopiedIntoANewDraft() {
        long id = create("Kopioitava");
        browser.submit("/staff/activities/" + id, "form.activity-form", Map.of("capacity", "15"));
        Document page = page(browser.get("/staff/activities/" + id));
        String copy = page.select("a[href*=copyOf]").attr("href");
        Document form = page(browser.get(copy));
        assertThat(form.select("#f-title-fi").attr("value")).isEqualTo("Kopioitava");
        assertThat(form.select("#f-capacity").attr("value")).isEqualTo("15");
        assertThat(form.select("form.activity-form").attr("action"))
                .isEqualTo("/staff/organisations/" + organisation + "/activities");
        assertThat(form.select("input[name=version]").attr("value")).isEqualTo("0");
    }
}
