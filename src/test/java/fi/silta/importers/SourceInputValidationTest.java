package fi.silta.importers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.StaffBrowser;

/**
 * Every text field of an import source, on creation and on change, refuses a value one character over its
 * column (V11), a NUL character and a value of the wrong JSON type: 400 naming the field, nothing stored.
 */
@QuarkusTest
class SourceInputValidationTest {

    private static final String NUL = "ok\u0000ok";
    private static final String SOURCES = "/api/v1/admin/sources";

    private static Map<String, Object> validSource(String name) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("municipality", "272");
        defaults.put("categories", List.of("PEER_SUPPORT"));
        defaults.put("targetGroups", List.of("SENIORS"));
        defaults.put("language", "fi");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "ICS");
        body.put("url", "https://validointi.example.org/kalenteri.ics");
        body.put("syncInterval", "PT12H");
        body.put("enabled", false);
        body.put("defaults", defaults);
        return body;
    }

    /** A field of the body, top level or in its defaults, set to a value. */
    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        if (field.startsWith("defaults.")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> defaults = new LinkedHashMap<>((Map<String, Object>) body.get("defaults"));
            String inner = field.substring("defaults.".length());
            defaults.put(inner, inner.equals("categories") || inner.equals("targetGroups") ? List.of(value) : value);
            body.put("defaults", defaults);
        } else {
            body.put(field, value);
        }
        return body;
    }

    /** Each text field, with a value one character over its column that is otherwise of the field's kind. */
    private static Map<String, String> tooLong() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "a".repeat(64));
        values.put("url", "https://validointi.example.org/" + "a".repeat(2048));
        values.put("syncInterval", "PT" + "1".repeat(40) + "H");
        values.put("defaults.municipality", "2720");
        values.put("defaults.categories", "A".repeat(256));
        values.put("defaults.targetGroups", "A".repeat(256));
        values.put("defaults.language", "fin");
        return values;
    }

    private static void refusedNaming(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
    }

    @Test
    void aNewSourceIsRefusedFieldByFieldAndNothingIsStored() {
        String token = ImportFixtures.adminToken();
        int n = 0;
        for (Map.Entry<String, String> field : tooLong().entrySet()) {
            for (Object bad : List.of(field.getValue(), NUL, Map.of("nested", "object"))) {
                String name = "validointi-" + n++;
                Map<String, Object> body = with(validSource(name), field.getKey(), bad);
                refusedNaming(given().auth().oauth2(token).contentType("application/json").body(body).when()
                        .post(SOURCES), field.getKey());
                if (!field.getKey().equals("name")) {
                    given().auth().oauth2(token).when().get(SOURCES + "/" + name).then().statusCode(404);
                }
            }
        }
        for (Map.Entry<String, Object> bad : Map.<String, Object> of("type", "RSS", "organisationId", "first",
                "enabled", List.of(true), "defaults", "fi").entrySet()) {
            refusedNaming(given().auth().oauth2(token).contentType("application/json")
                    .body(with(validSource("validointi-tyyppi"), bad.getKey(), bad.getValue())).when().post(SOURCES),
                    bad.getKey());
        }
        given().auth().oauth2(token).when().get(SOURCES + "/validointi-tyyppi").then().statusCode(404);
        given().auth().oauth2(token).when().get(SOURCES).then().statusCode(200)
                .body("name.findAll { it.startsWith('validointi') }", equalTo(List.of()));
    }

    @Test
    void aChangeIsRefusedFieldByFieldAndTheSourceStaysAsItWas() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, validSource("tarkistus-muutos"));
        for (Map.Entry<String, String> field : tooLong().entrySet()) {
            if (field.getKey().equals("name")) {
                continue;
            }
            for (Object bad : List.of(field.getValue(), NUL, Map.of("nested", "object"))) {
                Map<String, Object> body = with(validSource("tarkistus-muutos"), field.getKey(), bad);
                body.put("url", field.getKey().equals("url") ? bad : "https://validointi.example.org/muutettu.ics");
                refusedNaming(given().auth().oauth2(token).contentType("application/json").body(body).when()
                        .put(SOURCES + "/tarkistus-muutos"), field.getKey());
            }
        }
        given().auth().oauth2(token).contentType("application/json").when().put(SOURCES + "/tarkistus-muutos")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).when().get(SOURCES + "/tarkistus-muutos").then().statusCode(200)
                .body("url", equalTo("https://validointi.example.org/kalenteri.ics"))
                .body("syncInterval", equalTo("PT12H")).body("defaults.municipality", equalTo("272"))
                .body("defaults.categories", equalTo(List.of("PEER_SUPPORT")));
    }

    @Test
    void theRunFormTakesOnlyItsCheckbox() {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, validSource("tarkistus-ajo"));
        StaffBrowser browser = StaffBrowser.signIn("admin");
        browser.get("/staff/admin/sources/tarkistus-ajo");
        for (String bad : List.of("on".repeat(2), NUL)) {
            Response refused = browser.post("/staff/admin/sources/tarkistus-ajo/runs",
                    Map.of("csrf-token", browser.formToken(), "force", bad));
            assertThat(refused.statusCode()).isEqualTo(400);
        }
        given().auth().oauth2(token).when().get(SOURCES + "/tarkistus-ajo/runs").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
