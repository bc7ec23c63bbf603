package fi.silta.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Staff sign in through Keycloak's own login page with the authorization-code flow and PKCE; their roles come from
 * the realm; the API takes only tokens issued for Silta; signing out ends the Keycloak session too.
 */
class SignInIT {

    private static ProductionStack stack;

    @BeforeAll
    static void deployed() {
        stack = ProductionStack.get().restAssured();
    }

    @ParameterizedTest
    @CsvSource({ "nurse,nurse", "linkperson,link_person", "coordinator,coordinator", "publisher,publisher",
            "admin,admin" })
    void everyRoleSignsInThroughKeycloaksLoginPage(String username, String role) {
        KeycloakBrowser browser = stack.browser();
        HttpResponse<String> home = browser.signIn(username);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/staff");
        Document page = Jsoup.parse(home.body());
        assertThat(page.select(".staff-bar .signed-in").text()).contains(username);

        given().auth().oauth2(stack.accessToken(username)).when().get("/api/v1/me").then().statusCode(200)
                .body("roles", contains(role));
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() throws Exception {
        String foreign = stack.keycloak().tokenOfAnotherClient("admin", ProductionStack.password("admin"));
        given().auth().oauth2(foreign).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(foreign).when().get("/api/v1/admin/sources").then().statusCode(401);
        given().auth().oauth2(stack.accessToken("admin")).when().get("/api/v1/admin/sources").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheKeycloakSession() throws Exception {
        KeycloakBrowser browser = stack.browser();
        browser.signIn("linkperson2");
        assertThat(stack.keycloak().sessionsOf("linkperson2")).isPositive();

        HttpResponse<String> after = browser.signOut();
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(stack.keycloak().sessionsOf("linkperson2")).isZero();
        HttpResponse<String> again = browser.follow(browser.get("/staff"));
        assertThat(again.uri().toString()).as("a signed-out browser is asked to sign in again")
                .startsWith(stack.keycloak().url());
    }
}
