package fi.silta.tasks;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * What helping-hands tests start from: a host organisation the demo user {@code host} hosts for, a youth service the
 * demo user {@code vetter} vets for, and approved helpers by user name ({@code helper} and {@code helper3} in Kokkola,
 * {@code helper2} in Alajärvi). A helper already registered by an earlier test is reused as it is.
 */
@ApplicationScoped
public class TaskFixtures {

    public static final String TASKS = "/api/v1/tasks";
    public static final String HELPERS = "/api/v1/helpers";
    public static final String KOKKOLA = "272";
    public static final String ALAJARVI = "005";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    CatalogueFixtures catalogue;

    public static String token(String user) {
        return DemoUsers.accessToken(user);
    }

    /** A new organisation the given user hosts tasks for. */
    public long hostOrganisation(String host) {
        long id = catalogue.organisationWithMembers("Palvelukeskus " + SEQUENCE.incrementAndGet());
        grant(id, "hosts", host);
        return id;
    }

    public static void grant(long organisation, String kind, String user) {
        given().auth().oauth2(token("admin")).put(TASKS + "/organisations/" + organisation + "/" + kind + "/" + user)
                .then().statusCode(204);
    }

    /** The youth service {@code vetter} vets for, made once per call. */
    public long vettingOrganisation() {
        long id = catalogue.organisationWithMembers("Nuorisopalvelut " + SEQUENCE.incrementAndGet());
        grant(id, "vetters", "vetter");
        return id;
    }

    /** The helper's id, registered and approved for half a year in the municipality if not registered yet. */
    public long approvedHelper(String username, String municipality) {
        JsonPath mine = given().auth().oauth2(token(username)).get(HELPERS + "/me").then().extract().jsonPath();
        if (mine.get("id") != null) {
            return mine.getLong("id");
        }
        long id = register(username, "Ville", LocalDate.now(HELSINKI).minusYears(19), municipality, false,
                vettingOrganisation());
        given().auth().oauth2(token("vetter")).contentType("application/json")
                .body(Map.of("until", LocalDate.now(HELSINKI).plusMonths(6).toString()))
                .post(HELPERS + "/" + id + "/approval").then().statusCode(200);
        return id;
    }

    public static long register(String username, String firstName, LocalDate born, String municipality,
            boolean guardianConsent, long organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("organisationId", organisation);
        body.put("firstName", firstName);
        body.put("birthDate", born.toString());
        body.put("email", username + "@helpers.example");
        body.put("municipalities", List.of(municipality));
        body.put("languages", List.of("fi", "sv"));
        body.put("skills", "Lautapelit");
        body.put("availability", "Arki-illat");
        body.put("guardianConsent", guardianConsent);
        return given().auth().oauth2(token("vetter")).contentType("application/json").body(body).post(HELPERS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A task body for tomorrow at 14.00 in the municipality. */
    public static Map<String, Object> task(String kind, String municipality, Long organisation, Long referral) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", LocalDate.now(HELSINKI).plusDays(1).toString());
        body.put("startTime", "14:00");
        body.put("durationMinutes", 90);
        body.put("municipality", municipality);
        body.put("meetingPoint", "Pääovi, Torikatu 10");
        body.put("languages", List.of("fi"));
        body.put("helpersNeeded", 1);
        body.put("paid", false);
        body.put("notes", "Kahvit tarjolla.");
        if (organisation != null) {
            body.put("organisationId", organisation);
        }
        if (referral != null) {
            body.put("referralId", referral);
        }
        return body;
    }

    public static JsonPath post(String user, Map<String, Object> body) {
        return given().auth().oauth2(token(user)).contentType("application/json").body(body).post(TASKS).then()
                .statusCode(201).extract().jsonPath();
    }

    public static long claim(String helper, long task) {
        return given().auth().oauth2(token(helper)).post(TASKS + "/" + task + "/claims").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
