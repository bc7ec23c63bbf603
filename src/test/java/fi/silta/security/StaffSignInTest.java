package fi.silta.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.StaffBrowser;

/** Staff pages sign in through the identity provider; the API never redirects. */
@QuarkusTest
class StaffSignInTest {

    @Test
    void anonymousStaffPageRedirectsToSignIn() {
        Response response = StaffBrowser.anonymous().get("/staff");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/authorize").contains("redirect_uri=");
    }

    @Test
    void signedInUserSeesTheirNameAndRoles() {
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Response home = browser.get("/staff?lang=en");
        assertThat(home.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(home.asString());
        assertThat(page.select(".staff-bar .signed-in").text()).contains("publisher");
        assertThat(page.select("main li").eachText()).as(page.select("main").html()).contains("Publisher");
    }
}
