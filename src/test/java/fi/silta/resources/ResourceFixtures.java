package fi.silta.resources;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;

/** Resources made through the API as a keeper makes them, and documents to send. */
final class ResourceFixtures {

    private ResourceFixtures() {
    }

    /** A word no other test data holds, letters only, so a search for it finds only this test's resources. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("kv");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A small, real PDF (one empty page) whose bytes differ by the given text. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first bytes of a PNG image. */
    static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        out.writeBytes(new byte[64]);
        return out.toByteArray();
    }

    static Map<String, Object> input(Long organisationId, String titleFi, String topic, String audience) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("organisationId", organisationId);
        body.put("title", Map.of("fi", titleFi));
        body.put("description", Map.of("fi", "Käytännön ohjeita kotona asumisen tueksi."));
        body.put("topic", topic);
        body.put("audience", audience);
        return body;
    }

    static JsonPath create(String user, Map<String, Object> body) {
        return given().auth().oauth2(DemoUsers.accessToken(user)).contentType("application/json").body(body)
                .post("/api/v1/publishing/resources").then().statusCode(201).extract().jsonPath();
    }

    static Response upload(String user, long id, String type, String fileName, byte[] content) {
        return given().auth().oauth2(DemoUsers.accessToken(user)).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(content)
                .put("/api/v1/publishing/resources/" + id + "/document");
    }

    static void publish(String user, long id) {
        given().auth().oauth2(DemoUsers.accessToken(user)).post("/api/v1/publishing/resources/" + id + "/publish")
                .then().statusCode(200);
    }

    /** A published resource holding the given PDF. */
    static long publishedDocument(String user, Map<String, Object> body, byte[] pdf) {
        long id = create(user, body).getLong("id");
        upload(user, id, "application/pdf", "Opas.pdf", pdf).then().statusCode(200);
        publish(user, id);
        return id;
    }

    /** Waits until a search for the words, with the given token (or none), lists the resource. */
    static void awaitFound(String query, long id, String token) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var request = given().queryParam("q", query);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            return request.get("/api/v1/resources").then().statusCode(200).extract().jsonPath()
                    .getList("items.id", Long.class).contains(id);
        });
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
