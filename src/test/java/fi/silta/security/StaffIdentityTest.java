package fi.silta.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * A user name belongs to the identity provider's account that first signed in with it: a token of another account
 * under that name (a user deleted and re-created, or renamed) signs in without Silta roles. And signing out takes
 * the staff bar's button: a link to the sign-out address signs no one out.
 */
@QuarkusTest
class StaffIdentityTest {

    @Test
    void aUserNameBoundToAnotherAccountGetsNoRoles() throws SQLException {
        asOwner("INSERT INTO staff_identity (username, subject, bound_at) VALUES (?, 'a-deleted-account', now())");
        try {
            String token = DemoUsers.accessToken("nurse5");
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo("nurse5")).body("roles", empty());
            given().auth().oauth2(token).get("/api/v1/referrals").then().statusCode(403);
        } finally {
            asOwner("DELETE FROM staff_identity WHERE username = ?");
        }
        // Released by the operator, the name is bound to the account that signs in next.
        given().auth().oauth2(DemoUsers.accessToken("nurse5")).get("/api/v1/referrals").then().statusCode(200);
    }

    @Test
    void aLinkToTheSignOutAddressSignsNoOneOut() {
        StaffBrowser nurse = StaffBrowser.signIn("nurse");
        Response link = nurse.get("/staff/logout");
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(link.header("Location")).endsWith("/staff");
        assertThat(nurse.get("/staff/referrals").statusCode()).isEqualTo(200);
        assertThat(nurse.get("/staff").asString()).contains("action=\"/staff/logout\"");
    }

    private static void asOwner(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "nurse5");
            statement.executeUpdate();
        }
    }
}
