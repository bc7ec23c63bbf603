package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral loop in a real browser against the deployed Silta, each person signing in on Keycloak's own login
 * page: a nurse writes a referral with the keyboard alone, a coordinator keeps a link-person's profile and assigns
 * the case, the link-person accepts it, logs a contact and closes it as attended, and the nurse sees the outcome.
 * Every page on the way is checked in Finnish and Swedish at a phone's and a desktop's width, and photographed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReferralBrowserIT {

    private static final String FIRST_NAME = "Aino";
    private static final String LAST_NAME = "Selainkoe";
    private static Browser browser;

    @BeforeAll
    static void deployed() {
        Browser.assumeAvailable();
        browser = Browser.shared(ProductionStack.get().siltaUrl());
    }

    @Test
    void aReferralIsWrittenAssignedFollowedToAttendanceAndItsOutcomeSeenByTheNurse() {
        List<String> failures = new ArrayList<>();

        browser.signIn("nurse").go("/staff/referrals?lang=fi");
        failures.addAll(browser.audit("referrals-nurse"));
        browser.click("a[href='/staff/referrals/new']");
        failures.addAll(browser.audit("referral-new"));
        browser.click("form.referral-form button[type=submit]:not([name])");
        assertThat(browser.all(".field-error")).as("an empty referral is answered with messages beside the fields")
                .isNotEmpty();
        failures.addAll(browser.auditAtBothWidths("referral-refused"));

        browser.go("/staff/referrals/new?lang=fi");
        long id = writeWithTheKeyboardAlone();
        // The client's name is on the page, never in its title (which browsers keep in history and tabs).
        assertThat(browser.text("h1")).isEqualTo("Lähete #" + id).doesNotContain(LAST_NAME);
        assertThat(browser.text(".client-card")).contains(FIRST_NAME, LAST_NAME);
        assertThat(browser.text("p.status")).contains("lähetetty");
        failures.addAll(browser.audit("case-nurse-sent"));
        browser.signOut();

        browser.signIn("coordinator").go("/staff/referrals/link-persons?lang=fi");
        browser.fill("[name=username]", "linkperson").fill("[name=displayName]", "Liisa Linkki")
                .fill("[name=capacity]", "10").tick("input[name=municipalities][value='272']")
                .tick("input[name=languages][value=fi]");
        browser.click(".link-person-form button[type=submit]");
        assertThat(browser.text("ul.link-persons")).contains("Liisa Linkki");
        failures.addAll(browser.audit("link-persons"));
        browser.go("/staff/referrals?lang=fi");
        failures.addAll(browser.audit("referrals-coordinator"));
        browser.click(".queue a[href='/staff/referrals/" + id + "']");
        failures.addAll(browser.audit("case-coordinator"));
        browser.tick("form.assign input[name=linkPerson][value=linkperson]").click("form.assign button");
        assertThat(browser.text("p.assignee")).isEqualTo("Linkkihenkilö: Liisa Linkki");
        browser.signOut();

        browser.signIn("linkperson").go("/staff/referrals?lang=fi");
        failures.addAll(browser.audit("referrals-linkperson"));
        browser.click("table.referrals a[href='/staff/referrals/" + id + "']");
        failures.addAll(browser.audit("case-linkperson-assigned"));
        browser.click("form.move:has(input[name=status][value=accepted]) button");
        browser.choose("#f-kind", "PHONE").fill("#f-note", "Soitettu, kuoro torstaina sovittu");
        browser.click(".contact-form button[type=submit]");
        assertThat(browser.text(".contacts")).contains("Soitettu, kuoro torstaina sovittu");
        browser.choose("#step", "ATTENDED").click("form.step button");
        browser.choose("#outcome-completed", "ATTENDED");
        browser.click("form.move:has(input[name=status][value=completed]) button");
        assertThat(browser.text("p.status")).contains("päättynyt: osallistui");
        failures.addAll(browser.audit("case-linkperson-closed"));
        browser.signOut();

        browser.signIn("nurse").go("/staff/referrals?lang=fi");
        assertThat(browser.text("table.referrals")).contains(FIRST_NAME + " " + LAST_NAME, "päättynyt: osallistui");
        browser.click("table.referrals a[href='/staff/referrals/" + id + "']");
        assertThat(browser.text("p.status")).isEqualTo("Tila: päättynyt: osallistui.");
        failures.addAll(browser.audit("case-nurse-outcome"));
        browser.signOut();

        assertThat(failures).as("serious or critical accessibility failures (page-language-width: rule)").isEmpty();
    }

    /**
     * Fills in the referral form with Tab, typing, Space and Enter alone, each focus stop checked for a visible
     * indicator and reading order; answers the new referral's number.
     */
    private long writeWithTheKeyboardAlone() {
        Keyboard keys = browser.keyboard();
        keys.tabTo("[name='client.firstName']");
        keys.type(FIRST_NAME).tab();
        assertThat(keys.on("[name='client.lastName']")).as("the last name follows the first").isTrue();
        keys.type(LAST_NAME);
        keys.tabTo("[name='client.birthYear']");
        keys.type("1948").tab();
        assertThat(keys.on("[name='client.phone']")).isTrue();
        keys.type("+358 40 123 4567");
        keys.tabTo("[name=municipality]");
        keys.type("Kokk");
        keys.tab();
        assertThat(keys.on("[name=context]")).as("the referral's part follows the client's").isTrue();
        keys.type("sen");
        keys.tabTo("input[name=needs][value=LONELINESS]");
        keys.space();
        keys.tabTo("[name=interests]");
        keys.type("kuorolaulu ja kävelyt");
        keys.tabTo("[name=linkPersonNeeded]");
        keys.space();
        keys.tabTo("[name=linkPersonReason]");
        keys.type("Ei lähde yksin uuteen paikkaan");
        keys.tabTo("[name=followUpOn]");
        keys.typeDate(LocalDate.now(TestCatalogue.HELSINKI).plusWeeks(2));
        keys.tabTo("input[name=consents][value=LINK_PERSON]");
        keys.space();
        keys.tabTo("form.referral-form button[type=submit]:not([name])");
        keys.enter();
        browser.awaitPath("/staff/referrals/\\d+");
        AccessibilityReport.shared().keyboard("nurse: the referral form (desktop, fi)", keys.journey());
        return Long.parseLong(browser.path().substring("/staff/referrals/".length()));
    }
}
