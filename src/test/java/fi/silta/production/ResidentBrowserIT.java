package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

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
        assertThat(browser.find("#municipality-272").isDisplayed()).as("the filters wait behind their disclosure")
                .isFalse();
        browser.screenshot("search-results-phone-first-screen", false);
        failures.addAll(browser.audit("search-results"));

        browser.find("details.filters > summary").click();
        assertThat(browser.find("#municipality-272").isDisplayed()).as("one tap shows the filters").isTrue();
        browser.tick("#municipality-272");
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
    void atADesktopTwoMunicipalitiesCombineAndTheFieldsNeverOverlap() {
        browser.size(Browser.DESKTOP).go("/?lang=sv&q=ryggympa");
        assertThat(titles()).contains("Ryggympa i Karleby", "Ryggympa i Kannus");
        browser.find("details.filters > summary").click();
        browser.tick("#municipality-272");
        browser.click(".filter-actions button");
        assertThat(titles()).contains("Ryggympa i Karleby").doesNotContain("Ryggympa i Kannus");
        browser.find("details.filters > summary").click();
        // The other municipality keeps its count and can be added: values of one facet are alternatives.
        browser.tick("#municipality-217");
        browser.click(".filter-actions button");
        assertThat(titles()).contains("Ryggympa i Karleby", "Ryggympa i Kannus");
        assertThat(browser.find("#municipality-272").isSelected()).isTrue();
        // Every field of the filters keeps to its own column.
        browser.find("details.filters > summary").click();
        List<WebElement> fields = browser.all(".filter-fields > fieldset, .filter-fields > .field");
        for (int i = 0; i < fields.size(); i++) {
            for (int j = i + 1; j < fields.size(); j++) {
                Rectangle a = fields.get(i).getRect();
                Rectangle b = fields.get(j).getRect();
                boolean overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
                        && b.y < a.y + a.height;
                assertThat(overlap).as("filter fields " + i + " and " + j + " overlap").isFalse();
            }
        }
    }

    @Test
    void theSearchBoxSuggestsTitlesAsAComboboxUsedWithTheKeyboard() {
        browser.size(Browser.DESKTOP).go("/?lang=fi");
        Keyboard keys = browser.keyboard();
        keys.tabTo("#q");
        keys.type("selkäjum");
        browser.await("#q-suggestions [role=option]");
        assertThat(browser.find("#q").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#q").getAttribute("role")).isEqualTo("combobox");
        browser.find("#q").sendKeys(Keys.ARROW_DOWN);
        String active = browser.find("#q").getAttribute("aria-activedescendant");
        assertThat(active).isNotBlank();
        assertThat(browser.find("#" + active).getAttribute("aria-selected")).isEqualTo("true");
        browser.find("#q").sendKeys(Keys.ESCAPE);
        assertThat(browser.find("#q").getAttribute("aria-expanded")).isEqualTo("false");
        browser.find("#q").sendKeys(Keys.ARROW_DOWN);
        browser.await("#q-suggestions [role=option]");
        browser.find("#q").sendKeys(Keys.ARROW_DOWN);
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.awaitUrl("q=");
        assertThat(titles()).isNotEmpty();
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
        assertThat(keys.on("[data-facet] input")).as("the first filter follows its disclosure").isTrue();
        keys.tabTo("#municipality-272");
        keys.space();
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
