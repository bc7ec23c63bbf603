package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publisher of an approved organisation, in a real browser against the deployed Silta: signs in on Keycloak's
 * own login page, writes an activity, schedules it, publishes it and finds it in the public search. Every page on
 * the way is checked in Finnish and Swedish at a phone's and a desktop's width, and photographed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PublisherBrowserIT {

    private static final String TITLE = "Kävelykoulu Vetelissä";
    private static Browser browser;
    private static long organisation;
    private static long place;

    @BeforeAll
    static void deployed() {
        Browser.assumeAvailable();
        ProductionStack stack = ProductionStack.get();
        TestCatalogue catalogue = new TestCatalogue(stack);
        organisation = catalogue.organisation("Vetelin Kävelijät ry", "924");
        place = catalogue.place(organisation, "Vetelin seurakuntatalo", "Kirkkotie 10", "69700", "924", 63.4757,
                23.7933);
        browser = Browser.shared(stack.siltaUrl());
    }

    @Test
    void aPublisherWritesSchedulesAndPublishesAnActivityThatResidentsThenFind() {
        List<String> failures = new ArrayList<>();
        browser.go("/staff?lang=fi");
        assertThat(browser.url()).as("the staff pages send the browser to Keycloak's own login page")
                .doesNotStartWith(ProductionStack.get().siltaUrl());
        browser.await("#kc-login");
        failures.addAll(browser.auditAtBothWidths("keycloak-login"));
        browser.signIn("publisher");
        assertThat(browser.text(".staff-bar .signed-in")).contains("publisher");
        failures.addAll(browser.audit("publisher-home"));

        browser.click("main a[href='/staff/organisations/" + organisation + "']");
        assertThat(browser.text("h1")).isEqualTo("Vetelin Kävelijät ry");
        failures.addAll(browser.audit("publisher-organisation"));

        browser.click("a[href='/staff/organisations/" + organisation + "/activities/new']");
        failures.addAll(browser.audit("activity-new"));
        browser.fill("#f-title-fi", TITLE).fill("#f-title-sv", "Gångskola i Vetil")
                .fill("#f-summary-fi", "Reipasta kävelyä yhdessä, sauvat saa lainaksi.")
                .fill("#f-summary-sv", "Rask promenad tillsammans, stavar finns att låna.")
                .choose("#f-placeId", Long.toString(place)).tick("input[name=categories][value=PHYSICAL_ACTIVITY]")
                .tick("input[name=languages][value=fi]").tick("input[name=languages][value=sv]")
                .tick("input[name=free]");
        browser.click(".activity-form button[type=submit]");
        assertThat(browser.path()).matches("/staff/activities/\\d+");
        long activity = Long.parseLong(browser.path().substring("/staff/activities/".length()));
        assertThat(browser.text("h1")).isEqualTo(TITLE);
        failures.addAll(browser.audit("activity-draft"));

        LocalDate tomorrow = LocalDate.now(TestCatalogue.HELSINKI).plusDays(1);
        browser.tick("input[name=kind][value=WEEKLY]").date("#f-date", tomorrow);
        browser.time("#f-startTime", LocalTime.of(10, 0)).time("#f-endTime", LocalTime.of(11, 30));
        browser.tick("input[name=weekdays][value=" + tomorrow.getDayOfWeek().name() + "]")
                .date("#f-until", tomorrow.plusWeeks(8));
        browser.click(".schedule-form button[type=submit]");
        assertThat(browser.texts("#schedules li")).as("the schedule is listed: %s", browser.text("main")).hasSize(1);
        assertThat(browser.all(".sessions li")).as("its sessions are made").hasSizeGreaterThan(5);
        failures.addAll(browser.audit("activity-scheduled"));

        browser.click("form[action='/staff/activities/" + activity + "/publish'] button");
        assertThat(browser.all("form[action='/staff/activities/" + activity + "/archive']"))
                .as("a published activity can be archived").hasSize(1);
        failures.addAll(browser.audit("activity-published"));

        // Indexing runs in the background: the resident's search finds the activity within moments.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.go("/?lang=fi&q=" + "kävelykoulu");
            return browser.texts(".result h3 a").contains(TITLE);
        });
        failures.addAll(browser.audit("search-published"));
        browser.click(".result h3 a[href^='/activities/" + activity + "?']");
        assertThat(browser.text("h1")).isEqualTo(TITLE);
        assertThat(browser.text("main")).contains("Vetelin seurakuntatalo", "Kirkkotie 10");
        failures.addAll(browser.audit("activity-public"));

        browser.go("/staff?lang=fi").signOut();
        assertThat(failures).as("serious or critical accessibility failures (page-language-width: rule)").isEmpty();
    }
}
