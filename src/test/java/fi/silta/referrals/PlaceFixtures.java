package fi.silta.referrals;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.Occurrence;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/** Activities with a limited number of places whose organiser is a demo publisher, and referrals to them. */
@ApplicationScoped
class PlaceFixtures {

    static final String API = "/api/v1/referrals";

    private final CatalogueFixtures catalogue;
    private final ActivityRepository activities;

    PlaceFixtures(CatalogueFixtures catalogue, ActivityRepository activities) {
        this.catalogue = catalogue;
        this.activities = activities;
    }

    /** A weekly activity with {@code places} places, organised by an organisation the user publishes for. */
    long activity(String title, int places, String organiser) {
        long id = catalogue.weeklyActivity(title, "FREQ=WEEKLY");
        limit(id, places, organiser);
        return id;
    }

    @Transactional
    void limit(long activityId, int places, String organiser) {
        Activity activity = activities.findById(activityId);
        activity.setCapacity(places);
        activity.organisation().addMember(organiser);
    }

    /** Calls one session off, as its organiser does on the activity's page. */
    @Transactional
    void callOff(long activityId, long sessionId) {
        activities.findById(activityId).setSessionCancelled(sessionId, true);
    }

    /** Moves one session an hour later, as a changed schedule does. */
    @Transactional
    void move(long sessionId) {
        Occurrence session = activities.getEntityManager().find(Occurrence.class, sessionId);
        activities.getEntityManager().createNativeQuery(
                "update occurrence set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour' "
                        + "where id = ?1")
                .setParameter(1, session.id()).executeUpdate();
    }

    /** The address the nurse's token gave, as an identity provider with email claims would. */
    @Transactional
    void nurseEmail(long referralId, String email) {
        activities.getEntityManager().createNativeQuery("update referral set nurse_email = ?1 where id = ?2")
                .setParameter(1, email).setParameter(2, referralId).executeUpdate();
    }

    /** The link-person's profile with an address for messages. */
    static void linkPersonProfile(String username, String email) {
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("displayName", "Liisa Linkki", "email", email, "capacity", 50, "municipalities",
                        List.of("272"), "languages", List.of("fi", "sv")))
                .put("/api/v1/link-persons/" + username).then().statusCode(200);
    }

    static void assign(long referralId) {
        given().auth().oauth2(DemoUsers.accessToken("coordinator")).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post(API + "/" + referralId + "/assignment").then()
                .statusCode(200);
    }

    /** A referral with the client's email, phone and language, consenting to reminders. */
    static long referWithReminders(String lastName, String language, long activityId, long sessionId) {
        Map<String, Object> body = ReferralFlowTest.referral(lastName, true);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("email", "asiakas." + lastName.toLowerCase() + "@example.org");
        client.put("language", language);
        body.put("consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true),
                Map.of("recipient", "ACTIVITY_ORGANISER", "given", true),
                Map.of("recipient", "REMINDERS", "given", true)));
        body.put("activityIds", List.of(activityId));
        body.put("occurrenceId", sessionId);
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The activity as the public API gives it. */
    static JsonPath publicActivity(long activityId) {
        return given().when().get("/api/v1/activities/" + activityId).then().statusCode(200).extract().jsonPath();
    }

    static Integer placesLeft(long activityId, long sessionId) {
        return publicActivity(activityId).get("nextOccurrences.find { it.id == " + sessionId + " }.placesLeft");
    }

    /** A referral written by the nurse with the client's consents, planning the session. */
    static long refer(String lastName, long activityId, long sessionId, List<String> consents) {
        Map<String, Object> body = ReferralFlowTest.referral(lastName, true);
        body.put("consents", consents.stream().map(r -> Map.of("recipient", r, "given", true)).toList());
        body.put("activityIds", List.of(activityId));
        body.put("occurrenceId", sessionId);
        return given().auth().oauth2(DemoUsers.accessToken("nurse")).contentType("application/json").body(body)
                .post(API).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath places(String user, long referralId) {
        return given().auth().oauth2(DemoUsers.accessToken(user)).get(API + "/" + referralId + "/places").then()
                .statusCode(200).extract().jsonPath();
    }
}
