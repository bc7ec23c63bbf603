package fi.silta.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.silta.testsupport.CapturedLog;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * Whatever anyone types into a text field of the write APIs (referral, contact, activity, place, request to join):
 * a sample of the Big List of Naughty Strings, a NUL character, a value far over any limit and values of the wrong
 * JSON type. Each is answered without a 5xx, and no submitted value reaches a log line. Every value carries a
 * marker at both ends, so that a value found in the log, whole or cut, is recognised.
 */
@QuarkusTest
class NaughtyInputTest {

    /** Every n-th string of the list is sent; with the values below, about 40 per field. */
    private static final int SAMPLE_EVERY = 14;
    private static final String MARK = "zqfz";

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;
    private long caseId;

    @BeforeEach
    void anOrganisationAndACase() {
        organisation = fixtures.organisationWithMembers("Tarkistusyhdistys ry", "publisher");
        String nurse = DemoUsers.accessToken("nurse");
        caseId = given().auth().oauth2(nurse).contentType("application/json").body(referral()).post("/api/v1/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post("/api/v1/referrals/" + caseId + "/assignment").then()
                .statusCode(200);
        given().auth().oauth2(DemoUsers.accessToken("linkperson")).contentType("application/json")
                .body(Map.of("status", "accepted")).post("/api/v1/referrals/" + caseId + "/transitions").then()
                .statusCode(200);
    }

    @Test
    void naughtyValuesGiveNoServerErrorAndStayOutOfTheLog() throws IOException {
        List<Object> values = values();
        List<Target> targets = List.of(
                new Target("referral", "nurse", "/api/v1/referrals", NaughtyInputTest::referral,
                        List.of("client.firstName", "client.lastName", "client.identityCode", "client.phone",
                                "client.email", "client.language", "municipality", "context", "needs", "interests",
                                "linkPersonReason", "unit", "urgency", "followUpOn")),
                new Target("contact", "linkperson", "/api/v1/referrals/" + caseId + "/contacts",
                        NaughtyInputTest::contact, List.of("kind", "date", "note")),
                new Target("activity", "publisher", "/api/v1/publishing/organisations/" + organisation + "/activities",
                        NaughtyInputTest::activity, List.of("title.fi", "summary.sv", "description.fi", "price.en",
                                "contactName", "contactEmail", "contactPhone", "infoUrl", "categories")),
                new Target("place", "publisher", "/api/v1/publishing/organisations/" + organisation + "/places",
                        NaughtyInputTest::place, List.of("name.fi", "streetAddress", "postalCode", "municipality")),
                new Target("join", null, "/api/v1/organisation-requests", NaughtyInputTest::join,
                        List.of("name", "type", "businessId", "municipality", "website", "contactName",
                                "contactEmail", "contactPhone", "message", "language")));
        List<String> serverErrors = new ArrayList<>();
        List<Long> joinRequests = new ArrayList<>();
        int sent = 0;
        try (CapturedLog log = CapturedLog.start()) {
            for (Target target : targets) {
                String token = target.user() == null ? null : DemoUsers.accessToken(target.user());
                for (String field : target.fields()) {
                    for (Object value : values) {
                        Map<String, Object> body = target.body().apply(null);
                        set(body, field, value);
                        Response response = (token == null ? given() : given().auth().oauth2(token))
                                .contentType("application/json").body(body).post(target.path());
                        sent++;
                        if (target.user() == null && response.statusCode() == 201) {
                            joinRequests.add(response.jsonPath().getLong("id"));
                        }
                        if (response.statusCode() >= 500) {
                            serverErrors.add(target.name() + " " + field + " " + response.statusCode() + ": "
                                    + response.asString());
                        }
                    }
                }
            }
            assertThat(serverErrors).as("answers 5xx").isEmpty();
            assertThat(log.containing(MARK)).as("log lines with a submitted value, of " + sent + " requests")
                    .isEmpty();
        } finally {
            // The admin's queue is left as it was found for the tests that read it.
            String admin = DemoUsers.accessToken("admin");
            for (long id : joinRequests) {
                given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "testi"))
                        .post("/api/v1/admin/organisation-requests/" + id + "/reject");
            }
        }
    }

    /** The sample of naughty strings, a NUL, an over-long value, and values of the wrong type, each marked. */
    private static List<Object> values() throws IOException {
        List<String> list;
        try (InputStream in = NaughtyInputTest.class.getResourceAsStream("/fuzz/blns.json")) {
            list = new ObjectMapper().readValue(in, new TypeReference<List<String>>() {
            });
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i += SAMPLE_EVERY) {
            values.add(marked(values.size(), list.get(i)));
        }
        values.add(marked(values.size(), "Nul\u0000merkki"));
        values.add(marked(values.size(), "\u0000"));
        values.add(marked(values.size(), "ä".repeat(12000)));
        values.add(marked(values.size(), "a".repeat(70000)));
        values.add(Map.of("unexpected", marked(values.size(), "olio")));
        values.add(List.of(marked(values.size(), "lista"), marked(values.size() + 1, "lista")));
        values.add(12345678901234L);
        values.add(true);
        return values;
    }

    private static String marked(int n, String value) {
        String mark = MARK + n + "q";
        return mark + value + mark;
    }

    /** Sets the value at the dotted path (title.fi, client.email); a list field gets the value as its element. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) at.getOrDefault(parts[i], Map.of()));
            at.put(parts[i], inner);
            at = inner;
        }
        String last = parts[parts.length - 1];
        at.put(last, at.get(last) instanceof List && value instanceof String ? List.of(value) : value);
    }

    private static Map<String, Object> referral(Object unused) {
        return referral();
    }

    private static Map<String, Object> referral() {
        Map<String, Object> client = new HashMap<>();
        client.put("firstName", "Aino");
        client.put("lastName", "Tarkistettava");
        client.put("identityCode", "131052-308T");
        client.put("phone", "+358 40 123 4567");
        client.put("language", "fi");
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("municipality", "272");
        body.put("context", "SENIOR_CLINIC");
        body.put("needs", List.of("LONELINESS"));
        body.put("interests", "laulu");
        body.put("linkPersonNeeded", true);
        body.put("linkPersonReason", "Ei lähde yksin");
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
        body.put("unit", "Kokkolan seniorineuvola");
        return body;
    }

    private static Map<String, Object> contact(Object unused) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PHONE");
        body.put("date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
        body.put("note", "Soitettu");
        return body;
    }

    private static Map<String, Object> activity(Object unused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("fi", "Tarkistettava toiminta"));
        body.put("summary", Map.of("fi", "Kuvaus."));
        body.put("categories", List.of());
        return body;
    }

    private static Map<String, Object> place(Object unused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Map.of("fi", "Tarkistustalo"));
        body.put("municipality", "272");
        return body;
    }

    private static Map<String, Object> join(Object unused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Tarkistajat ry");
        body.put("type", "NGO");
        body.put("municipality", "272");
        body.put("contactName", "Testi Henkilö");
        body.put("contactEmail", "testi@example.org");
        return body;
    }

    /** A write API: who sends to it, where, a valid body, and the fields each value is tried in. */
    private record Target(String name, String user, String path, Function<Object, Map<String, Object>> body,
            List<String> fields) {
    }
}
