package fi.silta.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Every write of the referral API and every referral, link-person and client-records form refuses, for each text
 * field, a value one character over what its column holds, a NUL character and (API) a value of the wrong JSON
 * type: 400, naming the field (API: {@code errors[].field}; pages: the message beside the field), and nothing is
 * stored. Also the values that used to reach the database and fail there with a 500.
 */
@QuarkusTest
class ReferralInputValidationTest {

    private static final String API = "/api/v1/referrals";
    private static final String NUL = "Ai\u0000no";
    /** A value of the wrong JSON type for a text, a number or a choice: an object. */
    private static final Map<String, Object> OBJECT = Map.of("not", "a text");

    @Inject
    EntityManager entityManager;

    private String nurse;
    private String coordinator;
    private String linkPerson;
    private final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void tokens() {
        nurse = DemoUsers.accessToken("nurse");
        coordinator = DemoUsers.accessToken("coordinator");
        linkPerson = DemoUsers.accessToken("linkperson");
    }

    // The API

    @Test
    void theReferralApiRefusesEveryBadTextAtItsFieldAndStoresNothing() {
        Map<String, Object> tooLong = new LinkedHashMap<>();
        tooLong.put("client.firstName", "a".repeat(101));
        tooLong.put("client.lastName", "a".repeat(101));
        tooLong.put("client.identityCode", "131052-308TX");
        tooLong.put("client.phone", "1".repeat(32));
        tooLong.put("client.email", "a".repeat(243) + "@example.org");
        tooLong.put("client.language", "fin");
        tooLong.put("municipality", "2720");
        tooLong.put("interests", "a".repeat(2001));
        tooLong.put("linkPersonReason", "a".repeat(2001));
        tooLong.put("unit", "a".repeat(256));
        tooLong.forEach((field, value) -> {
            createRefused(field, value, field);
            createRefused(field, NUL, field);
            createRefused(field, OBJECT, field);
        });
        createRefused("client.birthYear", "vuonna", "client.birthYear");
        createRefused("context", OBJECT, "context");
        createRefused("urgency", "NOW", "urgency");
        createRefused("needs", List.of("WEALTH"), "needs[0]");
        createRefused("followUpOn", "huomenna", "followUpOn");
        assertThat(wrong).isEmpty();
    }

    @Test
    void valuesThatUsedToFailInTheDatabaseAreRefusedAtTheirField() {
        // A '+' century code is of someone born in the 1800s: a year the referral cannot hold.
        createRefused("client.identityCode", "010185+123B", "client.identityCode");
        // (An address within 254 characters in letters of several bytes each fits: encrypted columns are text.)
        createRefused("client.birthYear", LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear() + 1,
                "client.birthYear");
        createRefused("client.birthYear", 1889, "client.birthYear");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCaseApiRefusesEveryBadTextAtItsFieldAndLeavesTheCaseAsItWas() {
        long assigned = assignedReferral(false);
        long accepted = assignedReferral(true);
        for (Object bad : List.of("a".repeat(2001), NUL, OBJECT)) {
            caseRefused(coordinator, assigned, "transitions", Map.of("status", "cancelled", "reason", bad), "reason");
            caseRefused(linkPerson, assigned, "return", Map.of("reason", bad), "reason");
        }
        for (Object bad : List.of("a".repeat(4001), NUL, OBJECT)) {
            caseRefused(linkPerson, accepted, "contacts", contact("note", bad), "note");
        }
        for (Object bad : List.of("a".repeat(256), NUL, OBJECT)) {
            caseRefused(coordinator, assigned, "assignment", Map.of("linkPerson", bad), "linkPerson");
        }
        caseRefused(coordinator, assigned, "transitions", Map.of("status", OBJECT), "status");
        caseRefused(coordinator, assigned, "transitions", Map.of("status", "finished"), "status");
        caseRefused(linkPerson, accepted, "transitions", Map.of("status", "completed", "outcome", "GONE"), "outcome");
        caseRefused(linkPerson, accepted, "steps", Map.of("step", OBJECT), "step");
        caseRefused(linkPerson, accepted, "steps", Map.of("step", "FINISHED"), "step");
        caseRefused(linkPerson, accepted, "contacts", contact("kind", "LETTER"), "kind");
        caseRefused(linkPerson, accepted, "contacts", contact("date", "eilen"), "date");
        caseRefused(linkPerson, accepted, "contacts",
                contact("date", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(2).toString()), "date");
        // Over 4,000 characters in any script; within them, a note in ä fits its encrypted column.
        caseRefused(linkPerson, accepted, "contacts", contact("note", "ä".repeat(4001)), "note");
        caseRefused(nurse, assigned, "activities", Map.of("activityIds", OBJECT), "activityIds");
        caseRefused(nurse, assigned, "activities", Map.of("activityIds", List.of(-1)), "activityIds");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLinkPersonApiRefusesEveryBadTextAtItsFieldAndStoresNothing() {
        Map<String, Object> tooLong = new LinkedHashMap<>();
        tooLong.put("displayName", "a".repeat(201));
        tooLong.put("email", "a".repeat(243) + "@example.org");
        tooLong.put("municipalities", List.of("2720"));
        tooLong.put("languages", List.of("fin"));
        tooLong.forEach((field, value) -> {
            Object nul = value instanceof List ? List.of(NUL) : NUL;
            for (Object bad : List.of(value, nul, OBJECT)) {
                Map<String, Object> body = new HashMap<>(linkPersonProfile());
                body.put(field, bad);
                linkPersonRefused("validation-profile", body, field);
            }
        });
        linkPersonRefused("validation-profile", Map.of("displayName", "Vilja", "capacity", "paljon"), "capacity");
        linkPersonRefused("a".repeat(256), linkPersonProfile(), "username");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theClientRecordsApiRefusesEveryBadTextAtItsFieldAndErasesNothing() {
        long id = assignedReferral(false);
        for (String action : List.of("export", "access-log", "erase")) {
            for (Object bad : List.of("131052-308TX", NUL, OBJECT)) {
                clientRequestRefused(action, Map.of("identityCode", bad, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        "DNRO 1/2026"), "identityCode", id);
            }
            for (Object bad : List.of("a".repeat(256), "Matti Virtanen pyysi kirjeellä", NUL, OBJECT)) {
                clientRequestRefused(action, Map.of("referralId", id, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        bad), "caseNumber", id);
            }
            for (Object bad : List.of("UTELIAISUUS", NUL, OBJECT)) {
                clientRequestRefused(action, Map.of("referralId", id, "purpose", bad, "caseNumber", "DNRO 1/2026"),
                        "purpose", id);
            }
            clientRequestRefused(action, Map.of("referralId", "viimeisin", "purpose", "DATA_SUBJECT_ACCESS",
                    "caseNumber", "DNRO 1/2026"), "referralId", id);
        }
        assertThat(wrong).isEmpty();
    }

    // The pages

    @Test
    void theNursesFormRefusesEveryBadTextBesideItsFieldAndStoresNothing() {
        StaffBrowser browser = StaffBrowser.signIn("nurse");
        browser.get("/staff/referrals/new?lang=sv");
        Map<String, String> tooLong = new LinkedHashMap<>();
        tooLong.put("client.firstName", "a".repeat(101));
        tooLong.put("client.lastName", "a".repeat(101));
        tooLong.put("client.identityCode", "131052-308TX");
        tooLong.put("client.birthYear", "19520");
        tooLong.put("client.phone", "1".repeat(32));
        tooLong.put("client.email", "a".repeat(243) + "@example.org");
        tooLong.put("client.language", "fin");
        tooLong.put("municipality", "2720");
        tooLong.put("interests", "a".repeat(2001));
        tooLong.put("linkPersonReason", "a".repeat(2001));
        tooLong.put("unit", "a".repeat(256));
        tooLong.put("followUpOn", "2026-12-311");
        tooLong.forEach((field, value) -> {
            formRefused(browser, "/staff/referrals", nurseForm(field, value), "f-" + field + "-error");
            formRefused(browser, "/staff/referrals", nurseForm(field, NUL), "f-" + field + "-error");
        });
        formRefused(browser, "/staff/referrals", nurseForm("client.identityCode", "010185+123B"),
                "f-client.identityCode-error");
        Document page = formRefused(browser, "/staff/referrals", nurseForm("unit", "a".repeat(256)), "f-unit-error");
        // In the page's language, and the form keeps what was typed but the identity code.
        assertThat(page.getElementById("f-unit-error").text()).isEqualTo("Högst 255 tecken.");
        assertThat(page.getElementById("f-client.lastName").attr("value")).isEqualTo("Virhekoe");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLinkPersonFormRefusesEveryBadTextBesideItsFieldAndStoresNothing() {
        StaffBrowser browser = StaffBrowser.signIn("coordinator");
        browser.get("/staff/referrals/link-persons?lang=fi");
        Map<String, String> tooLong = Map.of("username", "a".repeat(256), "displayName", "a".repeat(201), "email",
                "a".repeat(243) + "@example.org", "capacity", "1".repeat(10));
        tooLong.forEach((field, value) -> {
            for (String bad : List.of(value, NUL)) {
                Map<String, Object> form = new HashMap<>(Map.of("username", "lomakekoe", "displayName", "Vilja Virhe",
                        "capacity", "5"));
                form.put(field, bad);
                formRefused(browser, "/staff/referrals/link-persons", form, "f-" + field + "-error");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCaseFormsRefuseEveryBadTextBesideItsFieldAndLeaveTheCaseAsItWas() {
        long assigned = assignedReferral(false);
        long accepted = assignedReferral(true);
        StaffBrowser coordinatorBrowser = StaffBrowser.signIn("coordinator");
        coordinatorBrowser.get("/staff/referrals/" + assigned + "?lang=fi");
        StaffBrowser linkPersonBrowser = StaffBrowser.signIn("linkperson");
        linkPersonBrowser.get("/staff/referrals/" + assigned + "?lang=fi");
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        for (String bad : List.of("a".repeat(2001), NUL)) {
            formRefused(coordinatorBrowser, "/staff/referrals/" + assigned + "/transitions",
                    Map.of("status", "cancelled", "reason", bad), "reason-cancelled-error");
            formRefused(linkPersonBrowser, "/staff/referrals/" + assigned + "/return", Map.of("reason", bad),
                    "return-reason-error");
        }
        for (String bad : List.of("a".repeat(4001), NUL)) {
            formRefused(linkPersonBrowser, "/staff/referrals/" + accepted + "/contacts",
                    Map.of("kind", "PHONE", "date", today, "note", bad), "f-note-error");
        }
        for (String bad : List.of("2026-12-311", NUL)) {
            formRefused(linkPersonBrowser, "/staff/referrals/" + accepted + "/contacts",
                    Map.of("kind", "PHONE", "date", bad), "f-date-error");
        }
        for (String bad : List.of("a".repeat(256), NUL)) {
            formRefused(coordinatorBrowser, "/staff/referrals/" + assigned + "/assignment", Map.of("linkPerson", bad),
                    "f-linkPerson-error");
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theClientRecordsFormsRefuseEveryBadTextBesideItsFieldAndEraseNothing() {
        long id = assignedReferral(false);
        StaffBrowser browser = StaffBrowser.signIn("admin");
        browser.get("/staff/admin/clients?lang=fi");
        for (String action : List.of("export", "erase")) {
            String path = "/staff/admin/clients/" + action;
            for (String bad : List.of("131052-308TX", NUL)) {
                formRefused(browser, path, Map.of("identityCode", bad, "purpose", "DATA_SUBJECT_ACCESS",
                        "caseNumber", "DNRO 1/2026"), "f-identityCode-error");
            }
            for (String bad : List.of("1".repeat(19), NUL)) {
                formRefused(browser, path, Map.of("referralId", bad, "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        "DNRO 1/2026"), "f-referralId-error");
            }
            for (String bad : List.of("a".repeat(256), "Matti Virtanen pyysi", NUL)) {
                formRefused(browser, path, Map.of("referralId", String.valueOf(id), "purpose", "DATA_SUBJECT_ACCESS",
                        "caseNumber", bad), "f-caseNumber-error");
            }
        }
        assertThat(exists(id)).as("the client's referral is still there").isTrue();
        assertThat(wrong).isEmpty();
    }

    // Helpers

    /** Posts a referral with one field changed and expects 400 naming {@code expected}, and no referral stored. */
    private void createRefused(String field, Object value, String expected) {
        Map<String, Object> body = ReferralFlowTest.referral("Virhekoe", true);
        if (field.startsWith("client.")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> client = new HashMap<>((Map<String, Object>) body.get("client"));
            client.put(field.substring("client.".length()), value);
            body.put("client", client);
        } else {
            body.put(field, value);
        }
        String before = snapshot();
        Response response = given().auth().oauth2(nurse).contentType("application/json").body(body).post(API);
        expectProblem("POST " + API + " " + field + describe(value), response, expected);
        expectUnchanged("POST " + API + " " + field + describe(value), before);
    }

    private void caseRefused(String token, long id, String action, Map<String, Object> body, String expected) {
        String before = snapshot();
        Response response = given().auth().oauth2(token).contentType("application/json").body(body)
                .post(API + "/" + id + "/" + action);
        String what = "POST " + action + " " + expected + describe(body.get(expected));
        expectProblem(what, response, expected);
        expectUnchanged(what, before);
    }

    private void linkPersonRefused(String username, Map<String, Object> body, String expected) {
        String before = snapshot();
        Response response = given().auth().oauth2(coordinator).contentType("application/json").body(body)
                .put("/api/v1/link-persons/" + username);
        String what = "PUT link-person " + expected + describe(body.get(expected));
        expectProblem(what, response, expected);
        expectUnchanged(what, before);
    }

    private void clientRequestRefused(String action, Map<String, Object> body, String expected, long referral) {
        String before = snapshot();
        Response response = given().auth().oauth2(DemoUsers.accessToken("admin")).contentType("application/json")
                .body(body).post("/api/v1/admin/clients/" + action);
        String what = "POST clients/" + action + " " + expected + describe(body.get(expected));
        expectProblem(what, response, expected);
        expectUnchanged(what, before);
        if (!exists(referral)) {
            wrong.add(what + ": the referral was erased");
        }
    }

    /** Posts a form as the browser would and expects 400 with a message beside the field. */
    private Document formRefused(StaffBrowser browser, String path, Map<String, ?> fields, String errorId) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("csrf-token", browser.formToken());
        String before = snapshot();
        Response response = browser.post(path, form);
        Document page = Jsoup.parse(response.asString());
        Element error = page.getElementById(errorId);
        String what = "POST " + path + " " + errorId + " with " + fields.values().stream().map(this::describe).toList();
        if (response.statusCode() != 400) {
            wrong.add(what + ": " + response.statusCode() + ", expected 400");
        } else if (error == null || error.text().isBlank()) {
            wrong.add(what + ": no message beside the field");
        }
        expectUnchanged(what, before);
        return page;
    }

    private Map<String, Object> nurseForm(String field, String value) {
        Map<String, Object> form = new HashMap<>(Map.of("client.firstName", "Aino", "client.lastName", "Virhekoe",
                "client.language", "fi", "municipality", "272", "context", "OTHER", "needs", "LONELINESS",
                "urgency", "ROUTINE"));
        form.put(field, value);
        return form;
    }

    private static Map<String, Object> contact(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PHONE", "date",
                LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(), "note", "Soitettu"));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> linkPersonProfile() {
        return Map.of("displayName", "Vilja Virhe", "capacity", 5, "municipalities", List.of("272"), "languages",
                List.of("fi"));
    }

    private void expectProblem(String what, Response response, String field) {
        if (response.statusCode() != 400) {
            wrong.add(what + ": " + response.statusCode() + ", expected 400");
            return;
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + ": answered " + response.contentType());
            return;
        }
        List<String> fields = JsonPath.from(response.asString()).getList("errors.field", String.class);
        if (fields == null || fields.stream().noneMatch(f -> f.equals(field) || f.startsWith(field + "["))) {
            wrong.add(what + ": named " + fields + ", expected " + field);
        }
        if (response.asString().contains("Virhekoe") || response.asString().contains("Ai\u0000no")) {
            wrong.add(what + ": the answer repeats what was sent");
        }
    }

    private void expectUnchanged(String what, String before) {
        String after = snapshot();
        if (!after.equals(before)) {
            wrong.add(what + ": something was stored (" + before + " -> " + after + ")");
        }
    }

    /**
     * What a refused write must leave as it was: the referrals with their versions, history and contacts, the
     * link-person profiles, and the access log's exports and erasures.
     */
    private String snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                    select (select count(*) from referral), (select coalesce(sum(version), 0) from referral),
                           (select count(*) from referral_event), (select count(*) from referral_contact),
                           (select count(*) from link_person),
                           (select coalesce(string_agg(username || display_name || coalesce(email, '') || capacity, ','
                                    order by username), '') from link_person),
                           (select count(*) from client_access where operation in ('export', 'export-access-log', 'erase'))
                    """).getSingleResult();
            StringBuilder text = new StringBuilder();
            for (Object column : row) {
                text.append(column).append('|');
            }
            return text.toString();
        });
    }

    private boolean exists(long id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from referral where id = :id").setParameter("id", id)
                .getSingleResult().toString().equals("1"));
    }

    /** A referral asking for a link-person, assigned to {@code linkperson}; accepted by them if asked. */
    private long assignedReferral(boolean accepted) {
        long id = given().auth().oauth2(nurse).contentType("application/json")
                .body(ReferralFlowTest.referral("Tapauskoe", true)).post(API).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("linkPerson", "linkperson"))
                .post(API + "/" + id + "/assignment").then().statusCode(200);
        if (accepted) {
            given().auth().oauth2(linkPerson).contentType("application/json").body(Map.of("status", "accepted"))
                    .post(API + "/" + id + "/transitions").then().statusCode(200);
        }
        return id;
    }

    private String describe(Object value) {
        if (value instanceof String text) {
            return text.contains("\u0000") ? " (NUL)" : " (" + text.length() + " characters)";
        }
        return value instanceof Map ? " (an object)" : " (" + value + ")";
    }
}
