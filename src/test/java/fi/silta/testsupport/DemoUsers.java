package fi.silta.testsupport;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the local OIDC server for the demo users (password = user name). */
public final class DemoUsers {

    private DemoUsers() {
    }

    public static String accessToken(String username) {
        String server = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", username)
                .formParam("client_id", ConfigProvider.getConfig().getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret",
                        ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret", String.class))
                .when().post(server + "/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
