package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * A resident on the public pages, in a real browser against the deployed Silta: searches, narrows the search and
 * opens an activity, on a phone, at a desktop and with the keyboard alone. Every page they see is checked in
 * Finnish and Swedish at both widths, and photographed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResidentBrowserIT {

    private static final String KOKKOLA_TITLE = "Selkäjumppa Kokkolassa";
    private static final String KANNUS_TITLE = "Selkäjumppa Kannuksessa";
    private static Browser browser;
    private static long kokkola;
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void deployed() {
        Browser.assumeAvailable();
        ProductionStack stack = ProductionStack.get();
        TestCatalogue catalogue = new TestCatalogue(stack);
        long organisation = catalogue.organisation("Keski-Pohjanmaan Selkäyhdistys ry", "272");
        long hall = catalogue.place(organisation, "Kokkolan liikuntahalli", "Kaarlelankatu 37", "67100", "272", 63.8361,
                23.1412);
        long school = catalogue.place(organisation, "Kannuksen koulu", "Koulukatu 2", "69100", "217", 63.8994, 23.9152);
        kokkola = catalogue.publishedActivity(organisation, hall, Map.of("fi", KOKKOLA_TITLE, "sv", "Ryggympa i Karleby"),
                "Kevyttä selän jumppaa kaikenikäisille.", "PHYSICAL_ACTIVITY", true);
        catalogue.publishedActivity(organisation, school, Map.of("fi", KANNUS_TITLE, "sv", "Ryggympa i Kannus"),
                "Selän jumppaa koulun salissa.", "PHYSICAL_ACTIVITY", false);
        browser = Browser.shared(stack.siltaUrl());
    }

    @AfterEach
    void everyPageSeenPassed() {
        assertThat(failures).as("serious or critical accessibility failures (page-language-width: rule)").isEmpty();
    }

    private static List<String> titles() {
        return browser.texts(".result h3 a");
    }

    @Test
    void onAPhoneTheFirstResultComesBeforeTheFiltersWhichAreOneTapAway() {
        browser.size(Browser.PHONE).go("/?lang=fi");
        failures.addAll(browser.audit("search"));
        browser.find("#q").sendKeys("selkäjumppa");
        browser.click(".query button");

        assertThat(titles()).contains(KOKKOLA_TITLE, KANNUS_TITLE);
        Map<String, Number> first = browser.box(".result-list .result h3");
        assertThat(first.get("bottom").doubleValue()).as("the first result's title is on the first screen")
                .isLessThanOrEqualTo(first.get("viewportHeight").doubleValue());
        assertThat(first.get("scrollY").intValue()).as("nothing was scrolled").isZero();
        assertThat(browser.find("#municipality").isDisplayed()).as("the filters wait behind their disclosure").isFalse();
        browser.screenshot("search-results-phone-first-screen", false);
        failures.addAll(browser.audit("search-results"));

        browser.find("details.filters > summary").click();
        assertThat(browser.find("#municipality").isDisplayed()).as("one tap shows the filters").isTrue();
        new Select(browser.find("#municipality")).selectByValue("272");
        browser.click(".filter-actions button");
        assertThat(titles()).contains(KOKKOLA_TITLE).doesNotContain(KANNUS_TITLE);
        assertThat(browser.text("details.filters > summary")).as("a closed disclosure still says a filter is on")
                .contains("1");
        failures.addAll(browser.audit("search-filtered"));

        browser.click(".result h3 a[href^='/activities/" + kokkola + "?']");
        assertThat(browser.text("h1")).isEqualTo(KOKKOLA_TITLE);
        assertThat(browser.text("main")).contains("Kokkolan liikuntahalli", "Kaarlelankatu 37");
        failures.addAll(browser.audit("activity"));

        browser.click(".facts a[href^='/organisations/']");
        assertThat(browser.text("h1")).isEqualTo("Keski-Pohjanmaan Selkäyhdistys ry");
        failures.addAll(browser.audit("organisation"));
    }

    @Test
    void atADesktopTheFacetsStayBesideTheResults() {
        browser.size(Browser.DESKTOP).go("/?lang=sv&q=ryggympa");
        assertThat(titles()).contains("Ryggympa i Karleby", "Ryggympa i Kannus");
        Map<String, Number> results = browser.box(".results");
        Map<String, Number> facets = browser.box(".facets");
        assertThat(facets.get("left").doubleValue()).as("the facets are a column of their own, right of the results")
                .isGreaterThanOrEqualTo(results.get("right").doubleValue());
        assertThat(facets.get("top").doubleValue()).as("and start on the first screen")
                .isLessThan(facets.get("viewportHeight").doubleValue());

        browser.click("[data-facet=municipality] a[href*='municipality=272']");
        assertThat(titles()).contains("Ryggympa i Karleby").doesNotContain("Ryggympa i Kannus");
        assertThat(browser.find("[data-facet=municipality] a[aria-current]").getText()).isEqualTo("Karleby");
    }

    @Test
    void aResidentSearchesFiltersAndOpensAnActivityWithTheKeyboardAlone() {
        browser.size(Browser.DESKTOP).go("/?lang=fi");
        Keyboard keys = browser.keyboard();
        keys.tab();
        assertThat(keys.on(".skip-link")).as("the first stop skips to the content").isTrue();
        keys.enter();
        keys.tab();
        assertThat(keys.on("#q")).as("after the skip, the search field").isTrue();
        keys.type("selkäjumppa").enter();
        browser.awaitUrl("q=selk");
        assertThat(titles()).contains(KOKKOLA_TITLE, KANNUS_TITLE);

        keys.tabTo("details.filters > summary");
        keys.space();
        assertThat(browser.find("details.filters").getAttribute("open")).as("Space opens the filters").isNotNull();
        keys.tab();
        assertThat(keys.on("#municipality")).as("the first filter follows its disclosure").isTrue();
        keys.type("Kokk");
        keys.tabTo(".filter-actions button");
        keys.shiftTab();
        assertThat(keys.on("#sort")).as("Shift-Tab goes back to the last filter").isTrue();
        keys.tab();
        keys.enter();
        browser.awaitUrl("municipality=272");
        assertThat(titles()).contains(KOKKOLA_TITLE).doesNotContain(KANNUS_TITLE);

        keys.tabTo(".result h3 a");
        keys.enter();
        browser.awaitUrl("/activities/" + kokkola);
        assertThat(browser.text("h1")).isEqualTo(KOKKOLA_TITLE);
        AccessibilityReport.shared().keyboard("resident: search, filter, open an activity (desktop, fi)", keys.journey());
    }
}
