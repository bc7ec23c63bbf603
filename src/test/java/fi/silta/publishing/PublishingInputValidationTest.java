package fi.silta.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.StaffBrowser;

/**
 * Every value a publisher sends is checked before anything is written: to every write endpoint of the publishing
 * API and to every publisher form, each text field gets a value one character over its column's length, a value
 * with a NUL character and (API) a value of the wrong JSON type. Each answers 400 naming the field (the API in
 * {@code errors[].field}, a page beside the field) and leaves the activity, its schedules and places as they were.
 */
@QuarkusTest
class PublishingInputValidationTest {

    private static final String API = "/api/v1/publishing";
    private static final char NUL = '\u0000';
    /** A JSON object where a string, a number or a list is expected. */
    private static final Map<String, Object> OBJECT = Map.of("unexpected", 1);

    /** A field a publisher types into, named as in the JSON body and the form, and its column's length. */
    record TextField(String name, int length, Shape shape) {

        /** What a valid value looks like, so that a bad one breaks nothing but the rule under test. */
        enum Shape {
            TEXT,
            WEB_ADDRESS,
            EMAIL,
            PHONE,
            DIGITS,
            /** A list of codes (checkboxes on the page). */
            CODES
        }

        String tooLong() {
            int n = length + 1;
            return switch (shape) {
                case WEB_ADDRESS -> "https://example.org/" + "a".repeat(n - 20);
                case EMAIL -> "a".repeat(n - 12) + "@example.org";
                case PHONE, DIGITS -> "1".repeat(n);
                case TEXT, CODES -> "a".repeat(n);
            };
        }

        String withNul() {
            return switch (shape) {
                case WEB_ADDRESS -> "https://example.org/" + NUL;
                case EMAIL -> "kerho" + NUL + "@example.org";
                case PHONE -> "040 123" + NUL + "4567";
                case DIGITS -> "27" + NUL;
                case TEXT, CODES -> "Kerho" + NUL;
            };
        }

        /** The id of the message beside the field on a page. */
        String errorId() {
            return "f-" + name.replace('.', '-') + "-error";
        }
    }

    private static final List<TextField> ACTIVITY_TEXT = List.of(
            texts("title", 255), texts("summary", 1000), texts("description", 5000), texts("price", 255),
            texts("easyReadTitle", 255), texts("easyRead", 2000),
            List.of(new TextField("onlineUrl", 2048, TextField.Shape.WEB_ADDRESS),
                    new TextField("registrationUrl", 2048, TextField.Shape.WEB_ADDRESS),
                    new TextField("registrationPhone", 255, TextField.Shape.PHONE),
                    new TextField("infoUrl", 2048, TextField.Shape.WEB_ADDRESS),
                    new TextField("contactName", 255, TextField.Shape.TEXT),
                    new TextField("contactEmail", 255, TextField.Shape.EMAIL),
                    new TextField("contactPhone", 255, TextField.Shape.PHONE),
                    new TextField("categories", 255, TextField.Shape.CODES),
                    new TextField("targetGroups", 255, TextField.Shape.CODES),
                    new TextField("languages", 255, TextField.Shape.CODES)))
            .stream().flatMap(List::stream).toList();

    private static final List<TextField> PLACE_TEXT = List.of(texts("name", 255),
            List.of(new TextField("streetAddress", 255, TextField.Shape.TEXT),
                    new TextField("postalCode", 255, TextField.Shape.DIGITS),
                    new TextField("municipality", 3, TextField.Shape.DIGITS)))
            .stream().flatMap(List::stream).toList();

    @Inject
    CatalogueFixtures fixtures;

    private long organisation;
    private String token;
    private long place;
    private long activity;
    private long schedule;
    private long session;

    private static List<TextField> texts(String name, int length) {
        return List.of(new TextField(name + ".fi", length, TextField.Shape.TEXT),
                new TextField(name + ".sv", length, TextField.Shape.TEXT),
                new TextField(name + ".en", length, TextField.Shape.TEXT));
    }

    @BeforeEach
    void anActivityWithAPlaceAndSessions() {
        organisation = fixtures.organisationWithMembers("Validointiyhdistys ry", "publisher");
        token = DemoUsers.accessToken("publisher");
        place = api().body(Map.of("name", Map.of("fi", "Validointitalo"), "municipality", "272"))
                .post(API + "/organisations/" + organisation + "/places").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Map<String, Object> body = activityBody(0);
        activity = api().body(body).post(API + "/organisations/" + organisation + "/activities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        LocalDate tomorrow = tomorrow();
        JsonPath scheduled = api().body(Map.of("version", edit().getLong("version"), "kind", "WEEKLY", "date",
                tomorrow.toString(), "startTime", "10:00", "endTime", "11:00", "weekdays",
                List.of(tomorrow.getDayOfWeek().name()))).post(API + "/activities/" + activity + "/schedules")
                .then().statusCode(200).extract().jsonPath();
        schedule = scheduled.getLong("schedules[0].id");
        session = scheduled.getLong("sessions[0].id");
    }

    // The API

    @Test
    void theApiRefusesEveryBadTextOfAnActivityAtItsFieldAndStoresNothing() {
        Map<String, Object> before = edit().getMap("$");
        for (TextField field : ACTIVITY_TEXT) {
            for (Object bad : List.of(field.tooLong(), field.withNul(), OBJECT)) {
                refused(api().body(with(activityBody(0), field, bad))
                        .post(API + "/organisations/" + organisation + "/activities"), field.name());
                refused(api().body(with(activityBody(version()), field, bad)).put(API + "/activities/" + activity),
                        field.name());
            }
        }
        assertThat(activities()).as("activities of the organisation").isEqualTo(1);
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void theApiRefusesEveryOtherBadValueOfAnActivityAtItsField() {
        Map<String, Object> before = edit().getMap("$");
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("version", "first");
        wrong.put("title", "a text where texts per language belong");
        wrong.put("placeId", "the hall");
        wrong.put("ongoing", OBJECT);
        wrong.put("ageMin", "seven");
        wrong.put("free", OBJECT);
        wrong.put("registration", "SOMETIMES");
        wrong.put("capacity", 0);
        wrong.put("accessibility", List.of("FLYING_CARPET"));
        wrong.put("ageMax", 121);
        wrong.forEach((field, value) -> {
            Map<String, Object> body = activityBody(version());
            body.put(field, value);
            refused(api().body(body).put(API + "/activities/" + activity), field);
        });
        refused(api().post(API + "/organisations/" + organisation + "/activities"), "input");
        assertThat(activities()).isEqualTo(1);
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void theApiRefusesEveryBadValueOfASchedule() {
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("version", "first");
        wrong.put("kind", OBJECT);
        wrong.put("date", OBJECT);
        wrong.put("startTime", "ten o'clock");
        wrong.put("endTime", OBJECT);
        wrong.put("weekdays", List.of("FUNDAY"));
        wrong.put("weekOfMonth", 5);
        wrong.put("until", "tomorrow");
        wrong.put("exceptions", "tomorrow");
        Map<String, Object> before = edit().getMap("$");
        wrong.forEach((field, value) -> {
            Map<String, Object> body = scheduleBody();
            body.put(field, value);
            refused(api().body(body).post(API + "/activities/" + activity + "/schedules"), field);
        });
        Map<String, Object> tooMany = scheduleBody();
        tooMany.put("exceptions", tomorrow().datesUntil(tomorrow().plusDays(101)).map(LocalDate::toString).toList());
        refused(api().body(tooMany).post(API + "/activities/" + activity + "/schedules"), "exceptions");
        refused(api().delete(API + "/activities/" + activity + "/schedules/" + schedule + "?version=first"),
                "version");
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void theApiRefusesABadVersionOfEveryButton() {
        Map<String, Object> before = edit().getMap("$");
        for (String action : new String[] { "publish", "archive", "confirm", "sessions/" + session + "/cancel",
                "sessions/" + session + "/restore" }) {
            String path = API + "/activities/" + activity + "/" + action;
            refused(api().body(Map.of("version", "first")).post(path), "version");
            refused(api().body(Map.of("version", OBJECT)).post(path), "version");
            refused(api().post(path), "ref");
        }
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void theApiRefusesEveryBadTextOfAPlaceAtItsFieldAndStoresNothing() {
        Map<String, Object> before = placeNow();
        for (TextField field : PLACE_TEXT) {
            for (Object bad : List.of(field.tooLong(), field.withNul(), OBJECT)) {
                refused(api().body(with(placeBody(0), field, bad))
                        .post(API + "/organisations/" + organisation + "/places"), field.name());
                refused(api().body(with(placeBody((Integer) before.get("version")), field, bad))
                        .put(API + "/places/" + place), field.name());
            }
        }
        for (Object bad : List.of("north", 91, OBJECT)) {
            Map<String, Object> body = placeBody((Integer) before.get("version"));
            body.put("latitude", bad);
            body.put("longitude", 23.1);
            refused(api().body(body).put(API + "/places/" + place), "latitude");
        }
        assertThat(places()).isEqualTo(1);
        assertThat(placeNow()).isEqualTo(before);
    }

    // The pages

    @Test
    void theActivityFormsShowEveryBadTextBesideItsFieldAndStoreNothing() {
        Map<String, Object> before = edit().getMap("$");
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        for (TextField field : ACTIVITY_TEXT) {
            for (String bad : List.of(field.tooLong(), field.withNul())) {
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("title.fi", "Lomakkeelta");
                changes.put(field.name(), bad);
                besideField(browser.submit("/staff/organisations/" + organisation + "/activities/new",
                        "form.activity-form", changes), field, bad);
                besideField(browser.submit("/staff/activities/" + activity, "form.activity-form",
                        Map.of(field.name(), bad)), field, bad);
            }
        }
        for (String number : new String[] { "placeId", "ageMin", "ageMax", "capacity", "version" }) {
            Response response = browser.submit("/staff/activities/" + activity, "form.activity-form",
                    Map.of(number, "1" + NUL));
            assertThat(response.statusCode()).as(number).isEqualTo(400);
        }
        assertThat(activities()).isEqualTo(1);
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void theScheduleFormAndTheButtonsRefuseBadValuesAndStoreNothing() {
        Map<String, Object> before = edit().getMap("$");
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("kind", "WEEKLY");
        valid.put("date", tomorrow().toString());
        valid.put("startTime", "17.00");
        valid.put("endTime", "18.30");
        valid.put("weekdays", tomorrow().getDayOfWeek().name());
        for (String field : new String[] { "date", "startTime", "endTime", "until", "exceptions", "weekOfMonth",
                "kind", "weekdays" }) {
            Map<String, Object> changes = new LinkedHashMap<>(valid);
            changes.put(field, "1" + NUL);
            Response response = browser.submit("/staff/activities/" + activity, "form.schedule-form", changes);
            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(page(response).select("#f-" + field + "-error, fieldset.invalid .field-error").text())
                    .as(field).isNotBlank();
        }
        for (String action : new String[] { "publish", "archive", "confirm", "schedules/" + schedule + "/remove",
                "sessions/" + session + "/cancel", "sessions/" + session + "/restore" }) {
            Response response = browser.post("/staff/activities/" + activity + "/" + action,
                    Map.of("csrf-token", browser.formToken(), "version", version() + "" + NUL));
            assertThat(response.statusCode()).as(action).isEqualTo(400);
        }
        assertThat(edit().getMap("$")).isEqualTo(before);
    }

    @Test
    void thePlaceFormsShowEveryBadTextBesideItsFieldAndStoreNothing() {
        Map<String, Object> before = placeNow();
        StaffBrowser browser = StaffBrowser.signIn("publisher");
        List<TextField> fields = new ArrayList<>(PLACE_TEXT);
        for (TextField field : fields) {
            for (String bad : List.of(field.tooLong(), field.withNul())) {
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("name.fi", "Lomakepaikka");
                changes.put("municipality", "272");
                changes.put(field.name(), bad);
                besideField(browser.submit("/staff/organisations/" + organisation + "/places/new", "form.place-form",
                        changes), field, bad);
                besideField(browser.submit("/staff/places/" + place, "form.place-form", Map.of(field.name(), bad)),
                        field, bad);
            }
        }
        for (String coordinate : new String[] { "latitude", "longitude" }) {
            Map<String, Object> changes = new LinkedHashMap<>(Map.of("latitude", "63.8", "longitude", "23.1"));
            changes.put(coordinate, "63" + NUL);
            Response response = browser.submit("/staff/places/" + place, "form.place-form", changes);
            besideField(response, new TextField(coordinate, 0, TextField.Shape.DIGITS), null);
        }
        assertThat(places()).isEqualTo(1);
        assertThat(placeNow()).isEqualTo(before);
    }

    // Helpers

    private RequestSpecification api() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private JsonPath edit() {
        return given().auth().oauth2(token).get(API + "/activities/" + activity).then().statusCode(200).extract()
                .jsonPath();
    }

    private long version() {
        return edit().getLong("version");
    }

    private int activities() {
        return given().auth().oauth2(token).get(API + "/organisations/" + organisation + "/activities").then()
                .statusCode(200).extract().jsonPath().getList("$").size();
    }

    private int places() {
        return given().auth().oauth2(token).get(API + "/organisations/" + organisation + "/places").then()
                .statusCode(200).extract().jsonPath().getList("$").size();
    }

    private Map<String, Object> placeNow() {
        return given().auth().oauth2(token).get(API + "/places/" + place).then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    private Map<String, Object> activityBody(long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("title", Map.of("fi", "Validoitava toiminta"));
        body.put("summary", Map.of("fi", "Kuvaus."));
        body.put("placeId", place);
        return body;
    }

    private static Map<String, Object> placeBody(int version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("name", Map.of("fi", "Validointitalo"));
        body.put("municipality", "272");
        return body;
    }

    private Map<String, Object> scheduleBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version());
        body.put("kind", "MONTHLY");
        body.put("date", tomorrow().toString());
        body.put("startTime", "10:00");
        body.put("endTime", "11:00");
        body.put("weekdays", List.of(tomorrow().getDayOfWeek().name()));
        body.put("weekOfMonth", 1);
        return body;
    }

    /** The body with the field set to the value: inside its texts (title.fi), or as the one code of a list. */
    private static Map<String, Object> with(Map<String, Object> body, TextField field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        String[] path = field.name().split("\\.");
        if (path.length == 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> texts = new LinkedHashMap<>((Map<String, Object>) changed.getOrDefault(path[0],
                    Map.of()));
            texts.put(path[1], value);
            changed.put(path[0], texts);
        } else {
            changed.put(field.name(), field.shape() == TextField.Shape.CODES ? List.of(value) : value);
        }
        return changed;
    }

    /** A 400 problem whose errors name the field (a list's element, such as categories[0], names its list). */
    private static void refused(Response response, String field) {
        assertThat(response.statusCode()).as(field + ": " + response.asString()).isEqualTo(400);
        List<String> fields = response.jsonPath().getList("errors.field", String.class);
        assertThat(fields).as(field + ": " + response.asString())
                .anyMatch(named -> named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + "."));
    }

    /** A 400 page with a message beside the field, which still holds what the user wrote. */
    private static void besideField(Response response, TextField field, String sent) {
        assertThat(response.statusCode()).as(field.name()).isEqualTo(400);
        Document page = page(response);
        assertThat(page.select("#" + field.errorId()).text()).as(field.name()).isNotBlank();
        Element input = page.selectFirst("#" + field.errorId().replace("-error", ""));
        if (sent != null && sent.indexOf(NUL) < 0 && input != null && !input.tagName().equals("select")
                && !input.tagName().equals("fieldset")) {
            String shown = input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
            assertThat(shown).as(field.name() + " kept").isEqualTo(sent);
        }
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
    }
}
