package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An organisation asks to join on the public form and the county's admin, signed in on Keycloak's own login page,
 * approves it and makes a publisher its member, in a real browser against the deployed Silta. Every page on the
 * way, the admin's import sources included, is checked in Finnish and Swedish at a phone's and a desktop's width.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AdminBrowserIT {

    private static final String NAME = "Halsuan Kyläyhdistys ry";
    private static Browser browser;

    @BeforeAll
    static void deployed() {
        Browser.assumeAvailable();
        browser = Browser.shared(ProductionStack.get().siltaUrl());
    }

    @Test
    void anOrganisationAsksToJoinAndTheAdminApprovesItAndAddsAPublisher() {
        List<String> failures = new ArrayList<>();
        browser.go("/organisations/join?lang=fi");
        failures.addAll(browser.audit("join"));
        browser.fill("#f-name", NAME).choose("#f-type", "NGO").choose("#f-municipality", "069")
                .fill("#f-contactName", "Hilkka Halsualainen").fill("#f-contactEmail", "hilkka@silta.test");
        browser.click(".join-form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/organisations/join/thanks");
        failures.addAll(browser.audit("join-thanks"));

        browser.signIn("admin");
        failures.addAll(browser.audit("admin-home"));
        // Other tests of the tier leave requests waiting; the admin searches for this one.
        browser.go("/staff/admin/requests?lang=fi&q=Halsuan");
        failures.addAll(browser.audit("admin-requests"));
        WebElement request = browser.all("article.request").stream()
                .filter(article -> article.findElement(By.tagName("h2")).getText().equals(NAME)).findFirst()
                .orElseThrow();
        // Approving asks first: the disclosure opens the form, whose button then approves.
        // Opening the disclosure leads nowhere, so it is a plain click, not one that waits for the next page.
        request.findElement(By.xpath(".//form[contains(@action,'/approve')]/parent::details/summary")).click();
        browser.click(request.findElement(By.cssSelector("form[action$='/approve'] button")));
        assertThat(browser.text("h1")).isEqualTo(NAME);
        assertThat(browser.text("#confirmation")).isEqualTo("Hyväksytty.");

        browser.go("/staff/admin/organisations?lang=fi");
        failures.addAll(browser.audit("admin-organisations"));
        browser.click(browser.driver().findElement(By.linkText(NAME)));
        assertThat(browser.text("h1")).isEqualTo(NAME);
        browser.fill("#f-username", "publisher2").click(".add-member button");
        assertThat(browser.text("main")).contains("publisher2");
        failures.addAll(browser.audit("admin-organisation"));

        browser.go("/staff/admin/sources?lang=fi");
        failures.addAll(browser.audit("admin-sources"));
        browser.signOut();
        assertThat(failures).as("serious or critical accessibility failures (page-language-width: rule)").isEmpty();
    }
}
