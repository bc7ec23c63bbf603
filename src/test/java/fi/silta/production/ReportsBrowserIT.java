package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analyst, signed in on Keycloak's own login page, reads the reports (the funnel with its charts, the gaps, the
 * residents' surveys), and a resident answers a survey without signing in, in a real browser against the deployed
 * Silta; every page is checked in Finnish and Swedish at a phone's and a desktop's width.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportsBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void deployed() {
        Browser.assumeAvailable();
        browser = Browser.shared(ProductionStack.get().siltaUrl());
    }

    @Test
    void theAnalystReadsTheReportsAndAResidentAnswersASurvey() {
        ProductionStack stack = ProductionStack.get();
        long survey = given().auth().oauth2(stack.accessToken("analyst")).contentType("application/json")
                .body(Map.of("title", Map.of("fi", "Arjessa pärjääminen", "sv", "Att klara vardagen"), "questions",
                        List.of(Map.of("fi", "Pärjään arjessani hyvin", "sv", "Jag klarar min vardag väl"))))
                .post(stack.siltaUrl() + "/api/v1/reports/surveys").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<String> failures = new ArrayList<>();

        browser.go("/surveys/" + survey + "?lang=fi");
        failures.addAll(browser.audit("survey"));
        browser.choose("#municipality", "272").tick("input[name=ageBand][value=FROM_65_TO_74]")
                .tick("input[name=q1][value='4']");
        browser.click("form.survey button[type=submit]");
        assertThat(browser.path()).isEqualTo("/surveys/thanks");
        failures.addAll(browser.audit("survey-thanks"));
        browser.go("/surveys/missing-activity?lang=fi");
        failures.addAll(browser.audit("missing-activity"));

        browser.signIn("analyst");
        browser.go("/staff/reports?lang=fi");
        assertThat(browser.all("figure.report-chart svg[role=img]")).hasSize(3);
        failures.addAll(browser.audit("reports-funnel"));
        browser.go("/staff/reports/gaps?lang=fi");
        failures.addAll(browser.audit("reports-gaps"));
        browser.go("/staff/reports/surveys?lang=fi");
        assertThat(browser.text("main")).contains("Arjessa pärjääminen");
        failures.addAll(browser.audit("reports-surveys"));
        browser.signOut();
        assertThat(failures).as("serious or critical accessibility failures (page-language-width: rule)").isEmpty();
    }
}
