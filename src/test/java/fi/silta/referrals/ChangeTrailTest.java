package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.DemoUsers;

/**
 * A change of a link-person's profile goes into the change trail with who made it and which fields changed (the
 * email the assignment notices go to above all), never their values.
 */
@QuarkusTest
class ChangeTrailTest {

    @Test
    void aLinkPersonsProfileChangeIsInTheChangeTrail() throws SQLException {
        String coordinator = DemoUsers.accessToken("coordinator");
        Map<String, Object> profile = Map.of("displayName", "Kirjattu Tukihenkilö", "email", "kirjattu@example.org",
                "capacity", 10, "municipalities", List.of("272"), "languages", List.of("fi"));
        given().auth().oauth2(coordinator).contentType("application/json").body(profile)
                .put("/api/v1/link-persons/kirjattu").then().statusCode(200);
        Map<String, Object> redirected = new HashMap<>(profile);
        redirected.put("email", "uusi.osoite@example.org");
        given().auth().oauth2(coordinator).contentType("application/json").body(redirected)
                .put("/api/v1/link-persons/kirjattu").then().statusCode(200);

        List<String> trail = changes("link-person kirjattu;%");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).startsWith("coordinator create");
        assertThat(trail.get(1)).startsWith("coordinator update").endsWith("fields: email")
                .doesNotContain("example.org");
    }

    /** Actor, operation and details of the change trail's link-person entries, oldest first. */
    private static List<String> changes(String details) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                PreparedStatement statement = connection.prepareStatement("SELECT actor, operation, details FROM"
                        + " audit_event WHERE resource_type = 'link_person' AND details LIKE ? ORDER BY id")) {
            statement.setString(1, details);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
                }
            }
            return rows;
        }
    }
}
