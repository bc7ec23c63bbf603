package fi.silta.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Another site can make a signed-in admin's browser post to a staff page; only a post that carries the
 * page's anti-forgery token gets through, whatever its Content-Type, and a refused one changes nothing.
 */
@QuarkusTest
class PageFormProtectionTest {

    @Test
    void aStaffPostWithoutTheTokenIsRefusedWithAndWithoutAContentType() {
        long id = joinRequest("Väärennetty pyyntö ry");
        StaffBrowser admin = StaffBrowser.signIn("admin");
        String approve = "/staff/admin/requests/" + id + "/approve";

        Response noContentType = admin.request().post(approve);
        assertThat(noContentType.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(noContentType.asString()).select("h1").text()).isEqualTo("Lomake vanhentui");

        Response emptyForm = admin.request().contentType("application/x-www-form-urlencoded").post(approve);
        assertThat(emptyForm.statusCode()).isEqualTo(403);

        Response json = admin.request().contentType("application/json").body("{}").post(approve);
        assertThat(json.statusCode()).isEqualTo(403);

        Response forged = admin.post(approve, Map.of("csrf-token", "A".repeat(43)));
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(status(id)).isEqualTo("PENDING");

        Response genuine = admin.post(approve, Map.of("csrf-token", admin.formToken()));
        assertThat(genuine.statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void aTokenFromAnotherBrowserDoesNotCount() {
        long id = joinRequest("Toisen selaimen pyyntö ry");
        String strangersToken = StaffBrowser.anonymous().formToken();
        StaffBrowser admin = StaffBrowser.signIn("admin");
        admin.formToken();
        Response refused = admin.post("/staff/admin/requests/" + id + "/approve", Map.of("csrf-token", strangersToken));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    private static long joinRequest(String name) {
        return given().contentType("application/json")
                .body(Map.of("name", name, "type", "NGO", "municipality", "272", "contactName", "Testi",
                        "contactEmail", "testi@example.com"))
                .when().post("/api/v1/organisation-requests").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String status(long id) {
        for (String status : new String[] { "PENDING", "APPROVED", "REJECTED" }) {
            boolean listed = !given().auth().oauth2(DemoUsers.accessToken("admin")).when()
                    .get("/api/v1/admin/organisation-requests?size=100&status=" + status).then().statusCode(200).extract()
                    .jsonPath().getList("findAll { it.id == " + id + " }").isEmpty();
            if (listed) {
                return status;
            }
        }
        return "MISSING";
    }
}
