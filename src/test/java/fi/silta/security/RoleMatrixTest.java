package fi.silta.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.silta.tasks.TaskFixtures;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;
import fi.silta.testsupport.ImportFixtures;
import fi.silta.testsupport.StaffBrowser;

/**
 * Every endpoint of the API and every page, with every role and anonymously, answers as expected: 200 (or
 * 201, 202, 204, 303 for a change that succeeds), 302 to sign in on staff pages, 401 on the API without a
 * token, 403 for a role that may not. The list of endpoints is checked against the OpenAPI document, so an
 * endpoint added without a line here fails this test.
 */
@QuarkusTest
class RoleMatrixTest {

    enum Who {
        ANONYMOUS(null),
        NURSE("nurse"),
        LINK_PERSON("linkperson"),
        COORDINATOR("coordinator"),
        PUBLISHER("publisher"),
        ADMIN("admin"),
        /** A coordinator of another county (Pohjanmaa): the coordinator's doors, none of Keski-Pohjanmaa's cases. */
        COORDINATOR_ELSEWHERE("coordinator-pohjanmaa"),
        ANALYST("analyst"),
        /** Helping hands: a host of an organisation's tasks, an approved helper in Kokkola, a helpers' vetter. */
        HOST("host"),
        HELPER("helper"),
        VETTER("vetter");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** What a case needs: the organisation, a draft ready to publish with a place and sessions, a source. */
    record Target(long organisationId, long activityId, long version, long scheduleId, long sessionId, long placeId,
            long placeVersion, long publishedId, String source, long runId) {
    }

    /** Who may: the status for the allowed roles and, for the others, what refusal looks like. */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        PUBLISHER,
        ADMIN,
        REFERRAL_WORK,
        NURSE,
        COORDINATOR,
        LINK_PERSON,
        CASE_PLAN,
        REPORTS,
        CORRECTION,
        /** Signed-in staff of every role and partner organisations' members: all but helpers, who are no staff. */
        PROFESSIONAL,
        TASK_HOST,
        TASK_LIST,
        TASK_READ,
        HELPER,
        VETTER,
        TASK_PAGES,
        TASK_FIGURES
    }

    record Case(String method, String template, boolean page, Access access, int ok, Function<Target, Object> body) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<Who, StaffBrowser> BROWSERS = new EnumMap<>(Who.class);
    private static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);
    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);
    private static long signedInAt = System.nanoTime();

    @Inject
    CatalogueFixtures fixtures;
    @Inject
    TaskFixtures tasks;

    private long organisationId;
    private Target shared;

    @BeforeEach
    void setUp() {
        organisationId = fixtures.organisationWithMembers("Matriisiyhdistys " + SEQUENCE.incrementAndGet(), "publisher",
                "matriisi-jasen");
        shared = target();
        // Helping hands: the demo host hosts and the demo vetter vets for the target's organisation, and the demo
        // helper is approved in Kokkola.
        TaskFixtures.grant(organisationId, "hosts", "host");
        TaskFixtures.grant(organisationId, "vetters", "vetter");
        tasks.approvedHelper("helper", TaskFixtures.KOKKOLA);
    }

    private static String token(Who who) {
        renewAfterAWhile();
        return TOKENS.computeIfAbsent(who, w -> DemoUsers.accessToken(w.user));
    }

    /**
     * The matrix runs for minutes on a busy machine, longer than a token or a sign-in lives; tokens and sessions are
     * got again every few minutes.
     */
    private static synchronized void renewAfterAWhile() {
        long now = System.nanoTime();
        if (now - signedInAt > RENEW_AFTER.toNanos()) {
            TOKENS.clear();
            BROWSERS.clear();
            signedInAt = now;
        }
    }

    private static StaffBrowser browser(Who who) {
        renewAfterAWhile();
        return BROWSERS.computeIfAbsent(who, w -> {
            if (w == Who.ANONYMOUS) {
                StaffBrowser anonymous = StaffBrowser.anonymous();
                // The public form gives a visitor the anti-forgery cookie its post needs.
                anonymous.get("/organisations/join");
                return anonymous;
            }
            StaffBrowser browser = StaffBrowser.signIn(w.user);
            browser.get("/staff");
            return browser;
        });
    }

    /** A fresh draft with a place and weekly sessions, plus a published activity and a source with a run. */
    private Target target() {
        String admin = token(Who.ADMIN);
        String api = "/api/v1/publishing";
        JsonPath place = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Matriisitalo"), "municipality", "272"))
                .post(api + "/organisations/" + organisationId + "/places").then().statusCode(201).extract().jsonPath();
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("version", 0);
        activity.put("title", Map.of("fi", "Matriisitoiminta"));
        activity.put("summary", Map.of("fi", "Kuvaus."));
        activity.put("placeId", place.getLong("id"));
        long id = given().auth().oauth2(admin).contentType("application/json").body(activity)
                .post(api + "/organisations/" + organisationId + "/activities").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long version = given().auth().oauth2(admin).get(api + "/activities/" + id).then().extract().jsonPath()
                .getLong("version");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1);
        JsonPath scheduled = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("version", version, "kind", "WEEKLY", "date", tomorrow.toString(), "startTime", "10:00",
                        "endTime", "11:00", "weekdays", List.of(tomorrow.getDayOfWeek().name())))
                .post(api + "/activities/" + id + "/schedules").then().statusCode(200).extract().jsonPath();
        long publishedId = shared == null ? publishedActivity(admin, place.getLong("id")) : shared.publishedId();
        String source = shared == null ? source(admin) : shared.source();
        long runId = shared == null ? ImportFixtures.runToEnd(admin, source).getLong("id") : shared.runId();
        return new Target(organisationId, id, scheduled.getLong("version"), scheduled.getLong("schedules[0].id"),
                scheduled.getLong("sessions[0].id"), place.getLong("id"), place.getLong("version"), publishedId, source,
                runId);
    }

    private long publishedActivity(String admin, long placeId) {
        Target draft = new Target(organisationId, 0, 0, 0, 0, placeId, 0, 0, null, 0);
        String api = "/api/v1/publishing";
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("version", 0);
        activity.put("title", Map.of("fi", "Julkaistu matriisitoiminta"));
        activity.put("summary", Map.of("fi", "Kuvaus."));
        activity.put("placeId", draft.placeId());
        activity.put("ongoing", true);
        JsonPath created = given().auth().oauth2(admin).contentType("application/json").body(activity)
                .post(api + "/organisations/" + organisationId + "/activities").then().statusCode(201).extract()
                .jsonPath();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("version", created.getLong("version")))
                .post(api + "/activities/" + created.getLong("id") + "/publish").then().statusCode(200);
        return created.getLong("id");
    }

    private static String source(String admin) {
        String name = "matriisi-" + SEQUENCE.incrementAndGet();
        ImportFixtures.createSource(admin, name, "CSV",
                Path.of("src/test/resources/importers/csv/yhdistys.csv").toAbsolutePath()
                        .normalize().toUri().toString());
        return name;
    }

    private static Map<String, Object> referral() {
        return Map.of("client", Map.of("firstName", "Matti", "lastName", "Matriisi", "language", "fi"),
                "municipality", "272", "context", "SENIOR_CLINIC", "needs", List.of("LONELINESS"),
                "linkPersonNeeded", true, "linkPersonReason", "Tarvitsee tukea",
                "consents", List.of(Map.of("recipient", "LINK_PERSON", "given", true)));
    }

    private static Map<String, Object> correction() {
        return Map.of("version", 1, "language", "fi", "needs", List.of("LONELINESS"), "urgency", "SOON",
                "linkPersonNeeded", true, "linkPersonReason", "Tarvitsee tukea");
    }

    /** A referral written by the nurse and assigned to the link-person; accepted by them if asked. */
    private static long referralFor(boolean accepted) {
        long id = given().auth().oauth2(token(Who.NURSE)).contentType("application/json").body(referral())
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token(Who.COORDINATOR)).contentType("application/json")
                .body(Map.of("linkPerson", "linkperson")).post("/api/v1/referrals/" + id + "/assignment")
                .then().statusCode(200);
        if (accepted) {
            given().auth().oauth2(token(Who.LINK_PERSON)).contentType("application/json")
                    .body(Map.of("status", "accepted")).post("/api/v1/referrals/" + id + "/transitions")
                    .then().statusCode(200);
        }
        return id;
    }

    /** An HSDS id: the record's kind and number (see fi.silta.hsds.HsdsIds). */
    private static String hsdsId(int kind, long number) {
        return String.format("%08x-%04x-4000-8000-%012x", 0, kind, number);
    }

    /** The version of the service the last path was made with, for the change that names it. */
    private static long lastServiceVersion;

    private static Map<String, Object> serviceBody(long version) {
        return Map.of("version", version, "name", Map.of("fi", "Matriisipalvelu"), "published", true,
                "professional", Map.of("notes", "Vain ammattilaisille"));
    }

    /** A published service of the target's organisation, made for one call. */
    private static long service(Target t) {
        JsonPath created = given().auth().oauth2(token(Who.ADMIN)).contentType("application/json")
                .body(serviceBody(0)).post("/api/v1/publishing/organisations/" + t.organisationId() + "/services")
                .then().statusCode(201).extract().jsonPath();
        lastServiceVersion = created.getLong("version");
        return created.getLong("id");
    }

    /** A fresh one-time link's token: each answers once. */
    private static String wellbeingToken() {
        String url = given().auth().oauth2(token(Who.LINK_PERSON)).contentType("application/json")
                .body(Map.of("round", "FOLLOW_UP")).post("/api/v1/referrals/" + referralFor(false) + "/wellbeing/links")
                .then().statusCode(201).extract().jsonPath().getString("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> joinRequest() {
        return Map.of("name", "Matriisikerho " + SEQUENCE.incrementAndGet() + " ry", "type", "NGO", "municipality",
                "272", "contactName", "Matti", "contactEmail", "matti@example.org");
    }

    private static long freshRequest() {
        return given().contentType("application/json").body(joinRequest()).post("/api/v1/organisation-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> activityBody(Target t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", t.version());
        body.put("title", Map.of("fi", "Matriisitoiminta muokattu"));
        return body;
    }

    private static Map<String, Object> version(Target t) {
        return Map.of("version", t.version());
    }

    private static Map<String, Object> form(Target t, String... pairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(t.version()));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // The public catalogue.
        cases.add(new Case("GET", "/api/v1/activities", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/activities/suggest", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/activities/{publishedId}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/activities/{publishedId}.ics", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/activities.ics", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/me", false, Access.SIGNED_IN, 200, null));
        // Import sources.
        cases.add(new Case("GET", "/api/v1/admin/sources", false, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/api/v1/admin/sources", false, Access.ADMIN, 201, t -> Map.of("name",
                "matriisi-uusi-" + SEQUENCE.incrementAndGet(), "type", "CSV", "url", "https://example.org/toiminta.csv")));
        cases.add(new Case("GET", "/api/v1/admin/sources/{source}", false, Access.ADMIN, 200, null));
        cases.add(new Case("PUT", "/api/v1/admin/sources/{source}", false, Access.ADMIN, 200,
                t -> Map.of("type", "CSV", "url",
                        Path.of("src/test/resources/importers/csv/yhdistys.csv").toAbsolutePath().normalize()
                                .toUri().toString(),
                        "syncInterval", "PT12H")));
        cases.add(new Case("DELETE", "/api/v1/admin/sources/{freshSource}", false, Access.ADMIN, 204, null));
        cases.add(new Case("POST", "/api/v1/admin/sources/{freshSource}/runs", false, Access.ADMIN, 202, null));
        cases.add(new Case("GET", "/api/v1/admin/sources/{source}/runs", false, Access.ADMIN, 200, null));
        cases.add(new Case("GET", "/api/v1/admin/sources/{source}/runs/{runId}", false, Access.ADMIN, 200, null));
        // Search index.
        cases.add(new Case("GET", "/api/v1/admin/search/reindex", false, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/api/v1/admin/search/reindex", false, Access.ADMIN, 202, null));
        // Publishing.
        String api = "/api/v1/publishing";
        cases.add(new Case("GET", api + "/organisations", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", api + "/organisations/{organisationId}/activities", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", api + "/organisations/{organisationId}/activities", false, Access.PUBLISHER, 201,
                t -> Map.of("title", Map.of("fi", "Uusi"))));
        cases.add(new Case("GET", api + "/activities/{activityId}", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("PUT", api + "/activities/{activityId}", false, Access.PUBLISHER, 200,
                RoleMatrixTest::activityBody));
        cases.add(new Case("POST", api + "/activities/{activityId}/publish", false, Access.PUBLISHER, 200,
                RoleMatrixTest::version));
        cases.add(new Case("POST", api + "/activities/{activityId}/archive", false, Access.PUBLISHER, 200,
                RoleMatrixTest::version));
        cases.add(new Case("POST", api + "/activities/{activityId}/confirm", false, Access.PUBLISHER, 200,
                RoleMatrixTest::version));
        cases.add(new Case("POST", api + "/activities/{activityId}/schedules", false, Access.PUBLISHER, 200,
                t -> Map.of("version", t.version(), "kind", "ONCE", "date",
                        LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(3).toString(), "startTime", "12:00",
                        "endTime", "13:00")));
        cases.add(new Case("DELETE", api + "/activities/{activityId}/schedules/{scheduleId}?version={version}", false,
                Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", api + "/activities/{activityId}/sessions/{sessionId}/cancel", false,
                Access.PUBLISHER, 200, RoleMatrixTest::version));
        cases.add(new Case("POST", api + "/activities/{activityId}/sessions/{sessionId}/restore", false,
                Access.PUBLISHER, 200, RoleMatrixTest::version));
        cases.add(new Case("GET", api + "/activities/{activityId}/history", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", api + "/organisations/{organisationId}/places", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", api + "/organisations/{organisationId}/places", false, Access.PUBLISHER, 201,
                t -> Map.of("name", Map.of("fi", "Uusi paikka"), "municipality", "272")));
        cases.add(new Case("GET", api + "/places/{placeId}", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("PUT", api + "/places/{placeId}", false, Access.PUBLISHER, 200,
                t -> Map.of("version", t.placeVersion(), "name", Map.of("fi", "Paikka muokattu"), "municipality", "272")));
        // Organisations joining, and their publishers.
        cases.add(new Case("POST", "/api/v1/organisation-requests", false, Access.PUBLIC, 201,
                t -> joinRequest()));
        cases.add(new Case("GET", "/api/v1/admin/organisation-requests", false, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/api/v1/admin/organisation-requests/{requestId}/approve", false, Access.ADMIN,
                200, null));
        cases.add(new Case("POST", "/api/v1/admin/organisation-requests/{requestId}/reject", false, Access.ADMIN,
                200, t -> Map.of("reason", "Ei hyvinvointitoimintaa")));
        cases.add(new Case("GET", "/api/v1/admin/organisations/{organisationId}/members", false, Access.ADMIN, 200,
                null));
        cases.add(new Case("PUT", "/api/v1/admin/organisations/{organisationId}/members/{member}", false,
                Access.ADMIN, 204, null));
        cases.add(new Case("DELETE", "/api/v1/admin/organisations/{organisationId}/members/{member}", false,
                Access.ADMIN, 204, null));
        // Referrals: each case gets a fresh referral, assigned to the link-person (accepted for steps).
        cases.add(new Case("POST", "/api/v1/referrals", false, Access.NURSE, 201, t -> referral()));
        cases.add(new Case("GET", "/api/v1/referrals", false, Access.REFERRAL_WORK, 200, null));
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}", false, Access.REFERRAL_WORK, 200, null));
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/transitions", false, Access.REFERRAL_WORK,
                200, t -> Map.of("status", "cancelled", "reason", "Matriisi")));
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/assignment", false, Access.COORDINATOR, 200,
                t -> Map.of("linkPerson", "linkperson")));
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/return", false, Access.LINK_PERSON, 200,
                t -> Map.of("reason", "Täysi työlista")));
        cases.add(new Case("POST", "/api/v1/referrals/{acceptedReferral}/steps", false, Access.LINK_PERSON, 200,
                t -> Map.of("step", "FIRST_CONTACT")));
        cases.add(new Case("POST", "/api/v1/referrals/{acceptedReferral}/contacts", false, Access.LINK_PERSON, 201,
                t -> Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString())));
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}/contacts", false, Access.REFERRAL_WORK, 200,
                null));
        cases.add(new Case("GET", "/api/v1/referrals/overdue", false, Access.COORDINATOR, 200, null));
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}/suggestions", false, Access.COORDINATOR, 200,
                null));
        cases.add(new Case("GET", "/api/v1/link-persons", false, Access.COORDINATOR, 200, null));
        cases.add(new Case("PUT", "/api/v1/link-persons/{member}", false, Access.COORDINATOR, 200,
                t -> Map.of("displayName", "Matriisi", "capacity", 5, "municipalities", List.of("272"),
                        "languages", List.of("fi"))));
        cases.add(new Case("POST", "/api/v1/admin/clients/export", false, Access.ADMIN, 200,
                t -> Map.of("referralId", referralFor(false), "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        "DNRO 1/2026")));
        cases.add(new Case("POST", "/api/v1/admin/clients/access-log", false, Access.ADMIN, 200,
                t -> Map.of("referralId", referralFor(false), "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        "DNRO 1/2026")));
        cases.add(new Case("POST", "/api/v1/admin/clients/erase", false, Access.ADMIN, 200,
                t -> Map.of("referralId", referralFor(false), "purpose", "DATA_SUBJECT_ACCESS", "caseNumber",
                        "DNRO 1/2026")));
        cases.add(new Case("POST", "/api/v1/admin/client-data/re-encryption", false, Access.ADMIN, 200, null));
        // Services beside activities, with what professionals only may read.
        cases.add(new Case("GET", "/api/v1/services", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/services/{serviceId}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/services/{serviceId}/professional", false, Access.PROFESSIONAL, 200, null));
        cases.add(new Case("GET", api + "/organisations/{organisationId}/services", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", api + "/organisations/{organisationId}/services", false, Access.PUBLISHER, 201,
                t -> serviceBody(0)));
        cases.add(new Case("GET", api + "/services/{serviceId}", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("PUT", api + "/services/{serviceId}", false, Access.PUBLISHER, 200,
                t -> serviceBody(lastServiceVersion)));
        cases.add(new Case("PUT", api + "/organisations/{organisationId}/professional-notes", false, Access.PUBLISHER,
                204, t -> Map.of("notes", "Matriisi")));
        cases.add(new Case("GET", "/services/{serviceId}", true, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/staff/services/{serviceId}", true, Access.PROFESSIONAL, 200, null));
        // The publishers' service pages: their own organisations' services, with the notes for professionals.
        String servicePages = "/staff/organisations/{organisationId}/services";
        cases.add(new Case("GET", "/staff/services", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", servicePages, true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", servicePages + "/professional-info", true, Access.PUBLISHER, 303,
                t -> Map.of("professional.notes", "Matriisi")));
        cases.add(new Case("GET", servicePages + "/new", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", servicePages, true, Access.PUBLISHER, 303,
                t -> Map.of("version", "0", "name.fi", "Matriisipalvelu")));
        cases.add(new Case("GET", servicePages + "/{serviceId}", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", servicePages + "/{serviceId}", true, Access.PUBLISHER, 303,
                t -> Map.of("version", String.valueOf(lastServiceVersion), "name.fi", "Matriisipalvelu muokattu")));
        cases.add(new Case("POST", servicePages + "/{serviceId}/publish", true, Access.PUBLISHER, 303,
                t -> Map.of("version", String.valueOf(lastServiceVersion))));
        cases.add(new Case("POST", servicePages + "/{serviceId}/archive", true, Access.PUBLISHER, 303,
                t -> Map.of("version", String.valueOf(lastServiceVersion))));
        // The HSDS 3.0 API: public, read-only.
        cases.add(new Case("GET", "/hsds", false, Access.PUBLIC, 200, null));
        for (String list : List.of("organizations", "services", "locations", "service_at_locations")) {
            cases.add(new Case("GET", "/hsds/" + list, false, Access.PUBLIC, 200, null));
        }
        cases.add(new Case("GET", "/hsds/organizations/{hsdsOrganisation}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/hsds/services/{hsdsActivity}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/hsds/locations/{hsdsPlace}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/hsds/service_at_locations/{hsdsActivityAtPlace}", false, Access.PUBLIC, 200,
                null));
        // The FHIR view of a referral: the referral's own readers; the CapabilityStatement is public.
        cases.add(new Case("GET", "/fhir/metadata", false, Access.PUBLIC, 200, null));
        for (String resource : List.of("Task", "ServiceRequest", "Patient")) {
            cases.add(new Case("GET", "/fhir/" + resource + "/{assignedReferral}", false, Access.REFERRAL_WORK, 200,
                    null));
        }
        cases.add(new Case("GET", "/fhir/Consent/{assignedReferral}-{consentRecipient}", false, Access.REFERRAL_WORK,
                200, null));
        // Public pages.
        cases.add(new Case("GET", "/", true, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/organisations/join", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/organisations/join", true, Access.PUBLIC, 303, t -> joinRequest()));
        cases.add(new Case("GET", "/organisations/join/thanks", true, Access.PUBLIC, 200, null));
        // Referral pages.
        cases.add(new Case("GET", "/staff/referrals", true, Access.REFERRAL_WORK, 200, null));
        cases.add(new Case("GET", "/staff/referrals/new", true, Access.NURSE, 200, null));
        cases.add(new Case("GET", "/staff/referrals/link-persons", true, Access.COORDINATOR, 200, null));
        cases.add(new Case("POST", "/staff/referrals/link-persons", true, Access.COORDINATOR, 303,
                t -> Map.of("username", "matriisi-jasen", "displayName", "Matriisi", "capacity", "5")));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/return", true, Access.LINK_PERSON, 303,
                t -> Map.of("reason", "Täysi työlista")));
        cases.add(new Case("POST", "/staff/referrals", true, Access.NURSE, 303,
                t -> Map.of("client.firstName", "Matti", "client.lastName", "Matriisi", "client.language", "fi",
                        "municipality", "272", "context", "OTHER", "needs", "LONELINESS")));
        cases.add(new Case("GET", "/staff/referrals/{assignedReferral}", true, Access.REFERRAL_WORK, 200, null));
        cases.add(new Case("GET", "/staff/referrals/{assignedReferral}/print", true, Access.REFERRAL_WORK, 200, null));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/search", true, Access.CASE_PLAN, 200,
                t -> Map.of("q", "kuoro")));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/activities", true, Access.CASE_PLAN, 303,
                t -> Map.of("add", String.valueOf(t.publishedId()))));
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/activities", false, Access.CASE_PLAN, 200,
                t -> Map.of("activityIds", List.of(t.publishedId()))));
        // Services on the search page and on a referral: anyone chooses services on the search page; whoever plans
        // the case names a service on it or takes one off.
        cases.add(new Case("GET", "/?kind=services", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/services", true, Access.CASE_PLAN, 303,
                t -> Map.of("service", String.valueOf(service(t)))));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/services/remove", true, Access.CASE_PLAN, 303,
                t -> Map.of("service", String.valueOf(service(t)))));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/transitions", true, Access.REFERRAL_WORK, 303,
                t -> Map.of("status", "cancelled")));
        cases.add(new Case("POST", "/staff/referrals/{acceptedReferral}/steps", true, Access.LINK_PERSON, 303,
                t -> Map.of("step", "FIRST_CONTACT")));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/assignment", true, Access.COORDINATOR, 303,
                t -> Map.of("linkPerson", "linkperson")));
        cases.add(new Case("POST", "/staff/referrals/{acceptedReferral}/contacts", true, Access.LINK_PERSON, 303,
                t -> Map.of("kind", "PHONE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString())));
        // Referral lists searched by a client's name (posted, never in the address).
        cases.add(new Case("POST", "/staff/referrals/find", true, Access.REFERRAL_WORK, 200,
                t -> Map.of("name", "Matriisi")));
        // Correcting a sent referral: its nurse or its coordinator (a fresh assigned referral is at version 1).
        cases.add(new Case("PUT", "/api/v1/referrals/{assignedReferral}", false, Access.CORRECTION, 200,
                t -> correction()));
        cases.add(new Case("GET", "/staff/referrals/{assignedReferral}/edit", true, Access.CORRECTION, 200, null));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/edit", true, Access.CORRECTION, 303,
                t -> Map.of("version", "1", "language", "fi", "needs", "LONELINESS", "urgency", "SOON",
                        "linkPersonNeeded", "on", "linkPersonReason", "Tarvitsee tukea")));
        // Admin pages.
        cases.add(new Case("GET", "/staff/admin", true, Access.ADMIN, 200, null));
        cases.add(new Case("GET", "/staff/admin/sources", true, Access.ADMIN, 200, null));
        cases.add(new Case("GET", "/staff/admin/sources/{source}", true, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/staff/admin/sources/{freshSource}/runs", true, Access.ADMIN, 303, t -> Map.of()));
        // Adding and changing sources on the admin's page.
        cases.add(new Case("GET", "/staff/admin/sources/new", true, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/staff/admin/sources", true, Access.ADMIN, 303,
                t -> Map.of("name", "matriisi-sivu-" + SEQUENCE.incrementAndGet(), "type", "ICS", "url",
                        "https://example.org/kalenteri.ics", "hours", "6")));
        cases.add(new Case("POST", "/staff/admin/sources/{freshSource}", true, Access.ADMIN, 303,
                t -> Map.of("type", "CSV", "url", "https://example.org/taulukko.csv", "hours", "12")));
        cases.add(new Case("GET", "/staff/admin/requests", true, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/staff/admin/requests/{requestId}/approve", true, Access.ADMIN, 303,
                t -> Map.of()));
        cases.add(new Case("POST", "/staff/admin/requests/{requestId}/reject", true, Access.ADMIN, 303,
                t -> Map.of("reason", "Ei hyvinvointitoimintaa")));
        cases.add(new Case("GET", "/staff/admin/organisations", true, Access.ADMIN, 200, null));
        cases.add(new Case("GET", "/staff/admin/clients", true, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/staff/admin/clients/export", true, Access.ADMIN, 200,
                t -> Map.of("referralId", String.valueOf(referralFor(false)), "purpose", "DATA_SUBJECT_ACCESS",
                        "caseNumber", "DNRO 1/2026")));
        cases.add(new Case("POST", "/staff/admin/clients/erase", true, Access.ADMIN, 200,
                t -> Map.of("referralId", String.valueOf(referralFor(false)), "purpose", "DATA_SUBJECT_ACCESS",
                        "caseNumber", "DNRO 1/2026")));
        cases.add(new Case("GET", "/staff/admin/organisations/{organisationId}", true, Access.ADMIN, 200, null));
        cases.add(new Case("POST", "/staff/admin/organisations/{organisationId}/members", true, Access.ADMIN, 303,
                t -> Map.of("username", "matriisi-jasen")));
        cases.add(new Case("POST", "/staff/admin/organisations/{organisationId}/members/{member}/remove", true,
                Access.ADMIN, 303, t -> Map.of()));
        // The organisation's description and postal address, kept by an admin.
        cases.add(new Case("POST", "/staff/admin/organisations/{organisationId}/details", true, Access.ADMIN, 303,
                t -> Map.of("descriptionFi", "Matriisin kuvaus.")));
        cases.add(new Case("GET", "/activities/{publishedId}", true, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/organisations/{organisationId}", true, Access.PUBLIC, 200, null));
        // Staff pages.
        cases.add(new Case("GET", "/staff", true, Access.SIGNED_IN, 200, null));
        cases.add(new Case("GET", "/staff/organisations", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", "/staff/organisations/{organisationId}", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", "/staff/organisations/{organisationId}/activities/new", true, Access.PUBLISHER, 200,
                null));
        cases.add(new Case("POST", "/staff/organisations/{organisationId}/activities", true, Access.PUBLISHER, 303,
                t -> form(t, "title.fi", "Lomakkeelta")));
        cases.add(new Case("GET", "/staff/activities/{activityId}", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/staff/activities/{activityId}", true, Access.PUBLISHER, 303,
                t -> form(t, "title.fi", "Lomakkeelta muokattu")));
        cases.add(new Case("GET", "/staff/activities/{activityId}/preview", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/staff/activities/{activityId}/publish", true, Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("POST", "/staff/activities/{activityId}/archive", true, Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("POST", "/staff/activities/{activityId}/confirm", true, Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("POST", "/staff/activities/{activityId}/schedules", true, Access.PUBLISHER, 303,
                t -> form(t, "kind", "ONCE", "date", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(4).toString(),
                        "startTime", "09:00", "endTime", "10:00")));
        cases.add(new Case("POST", "/staff/activities/{activityId}/schedules/{scheduleId}/remove", true,
                Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("POST", "/staff/activities/{activityId}/sessions/{sessionId}/cancel", true,
                Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("POST", "/staff/activities/{activityId}/sessions/{sessionId}/restore", true,
                Access.PUBLISHER, 303, t -> form(t)));
        cases.add(new Case("GET", "/staff/organisations/{organisationId}/places/new", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/staff/organisations/{organisationId}/places", true, Access.PUBLISHER, 303,
                t -> form(t, "name.fi", "Lomakepaikka", "municipality", "272")));
        cases.add(new Case("GET", "/staff/places/{placeId}", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/staff/places/{placeId}", true, Access.PUBLISHER, 303,
                t -> Map.of("version", String.valueOf(t.placeVersion()), "name.fi", "Lomakepaikka", "municipality",
                        "272")));
        // Held places, attendance, check-in codes, consents and the next step. A made-up place or code answers the
        // organiser 403 or 409 (HeldPlacesTest drives the real ones); the point here is who gets that far.
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}/places", false, Access.REFERRAL_WORK, 200,
                null));
        cases.add(new Case("PUT", "/api/v1/referrals/{assignedReferral}/consents", false, Access.CASE_PLAN, 200,
                t -> Map.of("recipient", "ANONYMOUS_STATISTICS", "given", true)));
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}/next-step", false, Access.REFERRAL_WORK, 200,
                null));
        cases.add(new Case("PUT", "/api/v1/referrals/{acceptedReferral}/next-step", false, Access.LINK_PERSON, 200,
                t -> Map.of("step", "ACTIVITY_AGREED", "dueOn",
                        LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(3).toString())));
        cases.add(new Case("GET", "/api/v1/organiser/sessions", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/api/v1/organiser/places/{unknownPlace}/attendance", false, Access.SIGNED_IN, 403,
                t -> Map.of("attended", true)));
        cases.add(new Case("POST", "/api/v1/organiser/check-ins", false, Access.PUBLISHER, 409,
                t -> Map.of("code", "ZZZZZ-ZZZZZ")));
        cases.add(new Case("POST", "/api/v1/check-ins", false, Access.PUBLIC, 409, t -> Map.of("code", "ZZZZZ-ZZZZZ")));
        cases.add(new Case("GET", "/staff/organiser", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", "/staff/organiser/check-in", true, Access.PUBLISHER, 400,
                t -> Map.of("code", "ZZZZZ-ZZZZZ")));
        cases.add(new Case("GET", "/check-in/{unknownCode}", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/check-in/{unknownCode}", true, Access.PUBLIC, 409, t -> Map.of()));
        cases.add(new Case("POST", "/staff/organiser/places/{unknownPlace}/attendance", true, Access.SIGNED_IN, 403,
                t -> Map.of("attended", "true")));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/loop/consents", true, Access.CASE_PLAN, 303,
                t -> Map.of("recipient", "ANONYMOUS_STATISTICS", "given", "true")));
        cases.add(new Case("POST", "/staff/referrals/{acceptedReferral}/loop/next-step", true, Access.LINK_PERSON, 303,
                t -> Map.of("step", "ACTIVITY_AGREED", "dueOn",
                        LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(3).toString())));
        // Reports: analysts and coordinators read them; an analyst reaches no referral (every referral line above
        // refuses the analyst).
        cases.add(new Case("GET", "/api/v1/reports/funnel", false, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports", true, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports/funnel.csv?table=funnel", true, Access.REPORTS, 200, null));
        // A client's path and the falling-off list read client data: those who may read the referral, never an
        // analyst.
        cases.add(new Case("GET", "/api/v1/reports/falling-off", false, Access.COORDINATOR, 200, null));
        cases.add(new Case("GET", "/api/v1/reports/paths/{assignedReferral}", false, Access.REFERRAL_WORK, 200,
                null));
        cases.add(new Case("GET", "/staff/reports/falling-off", true, Access.COORDINATOR, 200, null));
        cases.add(new Case("GET", "/staff/reports/paths/{assignedReferral}", true, Access.REFERRAL_WORK, 200, null));
        // Residents' voice: anyone answers without an account; analysts and coordinators read the results.
        cases.add(new Case("GET", "/api/v1/surveys", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/api/v1/surveys/{survey}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/api/v1/surveys/{survey}/answers", false, Access.PUBLIC, 201,
                t -> Map.of("municipality", "272", "ageBand", "FROM_50_TO_64", "scores", List.of(3, 4))));
        cases.add(new Case("POST", "/api/v1/surveys/missing-activities", false, Access.PUBLIC, 201,
                t -> Map.of("municipality", "272", "need", "LONELINESS")));
        cases.add(new Case("POST", "/api/v1/reports/surveys", false, Access.REPORTS, 201,
                t -> Map.of("title", Map.of("fi", "Matriisikysely"), "questions", List.of(Map.of("fi", "Pärjään")))));
        cases.add(new Case("GET", "/api/v1/reports/surveys/{survey}/results", false, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/api/v1/reports/wishes", false, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/api/v1/reports/gaps", false, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/surveys/{survey}", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/surveys/{survey}", true, Access.PUBLIC, 303,
                t -> Map.of("municipality", "272", "ageBand", "UNDER_30", "q1", "3", "q2", "5")));
        cases.add(new Case("GET", "/surveys/missing-activity", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/surveys/missing-activity", true, Access.PUBLIC, 303,
                t -> Map.of("municipality", "272", "need", "MEMORY")));
        cases.add(new Case("GET", "/surveys/thanks", true, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", "/staff/reports/surveys", true, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports/surveys.csv?table=wishes", true, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports/gaps", true, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports/gaps.csv?table=activities", true, Access.REPORTS, 200, null));
        // The client's wellbeing self-report: whoever works the case records it and makes one-time links, those who
        // read the contact log read it, and the client answers through a link without signing in.
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/wellbeing", false, Access.LINK_PERSON, 200,
                t -> Map.of("round", "START", "who5", List.of(1, 2, 3, 4, 5), "ucla3", List.of(1, 2, 3))));
        cases.add(new Case("GET", "/api/v1/referrals/{assignedReferral}/wellbeing", false, Access.REFERRAL_WORK, 200,
                null));
        cases.add(new Case("POST", "/api/v1/referrals/{assignedReferral}/wellbeing/links", false, Access.LINK_PERSON,
                201, t -> Map.of("round", "START")));
        cases.add(new Case("GET", "/api/v1/reports/wellbeing", false, Access.REPORTS, 200, null));
        cases.add(new Case("GET", "/staff/reports/wellbeing.csv?table=change", true, Access.REPORTS, 200, null));
        cases.add(new Case("POST", "/api/v1/wellbeing/{wellbeingToken}", false, Access.PUBLIC, 204,
                t -> Map.of("who5", List.of(1, 2, 3, 4, 5), "ucla3", List.of(1, 2, 3))));
        // The self-report's pages: the client's link page (an unknown link gets its plain page), and the entry form
        // and one-time link of whoever works the case.
        cases.add(new Case("GET", "/wellbeing/{wellbeingToken}", true, Access.PUBLIC, 200, null));
        cases.add(new Case("POST", "/wellbeing/{wellbeingToken}", true, Access.PUBLIC, 200,
                t -> Map.of("who5-1", "1", "who5-2", "2", "who5-3", "3", "who5-4", "4", "who5-5", "5", "ucla3-1", "1",
                        "ucla3-2", "2", "ucla3-3", "3")));
        cases.add(new Case("GET", "/staff/referrals/{assignedReferral}/wellbeing/{selfReportRound}", true,
                Access.LINK_PERSON, 200, null));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/wellbeing/{selfReportRound}", true,
                Access.LINK_PERSON, 303,
                t -> Map.of("who5-1", "1", "who5-2", "2", "who5-3", "3", "who5-4", "4", "who5-5", "5", "ucla3-1", "1",
                        "ucla3-2", "2", "ucla3-3", "3")));
        cases.add(new Case("POST", "/staff/referrals/{assignedReferral}/wellbeing/links", true, Access.LINK_PERSON,
                200, t -> Map.of("round", "START")));
        // The staff's form for a new residents' survey.
        cases.add(new Case("GET", "/staff/reports/surveys/new", true, Access.REPORTS, 200, null));
        cases.add(new Case("POST", "/staff/reports/surveys/new", true, Access.REPORTS, 303,
                t -> Map.of("title-fi", "Matriisilomake", "q1-fi", "Pärjään")));
        taskCases(cases);
        resourceCases(cases);
        return cases;
    }

    // The resource bank. {resourceId} is a fresh published resource for the public holding a PDF, of the target's
    // organisation; a document goes to the API as the body (application/pdf), to the pages as a multipart form.
    /** A page form sent as multipart (the resource forms carry a file), with the anti-forgery token among its parts. */
    record Multipart(Map<String, Object> fields) {
    }

    private static final byte[] RESOURCE_PDF = "%PDF-1.4\n% Matriisi\n%%EOF\n".getBytes();
    private static long lastResourceVersion;

    private static Map<String, Object> resourceBody(Long organisationId, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("organisationId", organisationId);
        body.put("title", Map.of("fi", "Matriisiopas"));
        body.put("topic", "CAREGIVING");
        body.put("audience", "PUBLIC");
        body.put("url", "https://example.org/matriisiopas");
        return body;
    }

    private static long resource(Target t) {
        String admin = token(Who.ADMIN);
        Map<String, Object> body = resourceBody(t.organisationId(), 0);
        body.remove("url");
        long id = given().auth().oauth2(admin).contentType("application/json").body(body)
                .post("/api/v1/publishing/resources").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType("application/pdf").body(RESOURCE_PDF)
                .put("/api/v1/publishing/resources/" + id + "/document").then().statusCode(200);
        lastResourceVersion = given().auth().oauth2(admin).post("/api/v1/publishing/resources/" + id + "/publish")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        return id;
    }

    private static void resourceCases(List<Case> cases) {
        String api = "/api/v1/resources";
        cases.add(new Case("GET", api, false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", api + "/{resourceId}", false, Access.PUBLIC, 200, null));
        cases.add(new Case("GET", api + "/{resourceId}/document", false, Access.PUBLIC, 200, null));
        String keep = "/api/v1/publishing/resources";
        cases.add(new Case("GET", keep, false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", keep, false, Access.PUBLISHER, 201, t -> resourceBody(t.organisationId(), 0)));
        cases.add(new Case("GET", keep + "/{resourceId}", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("PUT", keep + "/{resourceId}", false, Access.PUBLISHER, 200,
                t -> resourceBody(null, lastResourceVersion)));
        cases.add(new Case("PUT", keep + "/{resourceId}/document", false, Access.PUBLISHER, 200, t -> RESOURCE_PDF));
        cases.add(new Case("POST", keep + "/{resourceId}/publish", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", keep + "/{resourceId}/archive", false, Access.PUBLISHER, 200, null));
        cases.add(new Case("GET", "/resources", true, Access.PUBLIC, 200, null));
        String pages = "/staff/resources";
        cases.add(new Case("GET", pages, true, Access.PROFESSIONAL, 200, null));
        cases.add(new Case("GET", pages + "/{resourceId}/document", true, Access.PROFESSIONAL, 200, null));
        cases.add(new Case("GET", pages + "/new", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", pages + "/new", true, Access.PUBLISHER, 303,
                t -> new Multipart(Map.of("keeper", String.valueOf(t.organisationId()), "titleFi", "Matriisiopas",
                        "topic", "CAREGIVING", "audience", "PUBLIC", "url", "https://example.org/matriisiopas"))));
        cases.add(new Case("GET", pages + "/{resourceId}/edit", true, Access.PUBLISHER, 200, null));
        cases.add(new Case("POST", pages + "/{resourceId}/edit", true, Access.PUBLISHER, 303,
                t -> new Multipart(Map.of("version", String.valueOf(lastResourceVersion), "titleFi",
                        "Matriisiopas muokattu", "topic", "MEMORY", "audience", "PUBLIC"))));
        cases.add(new Case("POST", pages + "/{resourceId}/publish", true, Access.PUBLISHER, 303, t -> Map.of()));
        cases.add(new Case("POST", pages + "/{resourceId}/archive", true, Access.PUBLISHER, 303, t -> Map.of()));
    }

    /**
     * Helping hands. Every task a case needs is made for it: open in Kokkola for {taskId}, claimed by the helper for
     * {claimedTask}/{claimId}, claimed and confirmed at once for {confirmedTask}/{confirmedClaim}. A part not yet done
     * answers 409 to its completion and feedback; the point is who gets that far.
     */
    private static void taskCases(List<Case> cases) {
        String api = "/api/v1/tasks";
        cases.add(new Case("POST", api, false, Access.TASK_HOST, 201,
                t -> TaskFixtures.task("GAME_PARTNER", TaskFixtures.KOKKOLA, t.organisationId(), null)));
        cases.add(new Case("GET", api, false, Access.TASK_LIST, 200, null));
        cases.add(new Case("GET", api + "/open", false, Access.HELPER, 200, null));
        cases.add(new Case("GET", api + "/figures", false, Access.TASK_FIGURES, 200, null));
        cases.add(new Case("GET", api + "/{taskId}", false, Access.TASK_READ, 200, null));
        cases.add(new Case("POST", api + "/{taskId}/cancellation", false, Access.TASK_HOST, 200,
                t -> Map.of("reason", "Matriisi")));
        cases.add(new Case("POST", api + "/{taskId}/claims", false, Access.HELPER, 201, null));
        cases.add(new Case("POST", api + "/{claimedTask}/claims/{claimId}/confirmation", false, Access.TASK_HOST, 200,
                null));
        cases.add(new Case("POST", api + "/{claimedTask}/claims/{claimId}/cancellation", false, Access.TASK_READ, 204,
                t -> Map.of("reason", "Matriisi")));
        cases.add(new Case("POST", api + "/{confirmedTask}/claims/{confirmedClaim}/no-show", false, Access.TASK_HOST,
                200, null));
        cases.add(new Case("POST", api + "/{confirmedTask}/claims/{confirmedClaim}/completion", false,
                Access.TASK_HOST, 409, t -> Map.of("hours", 1)));
        cases.add(new Case("POST", api + "/{confirmedTask}/claims/{confirmedClaim}/feedback", false, Access.HELPER,
                409, t -> Map.of("feedback", "Matriisi")));
        cases.add(new Case("PUT", api + "/organisations/{organisationId}/{grantKind}/{member}", false, Access.ADMIN,
                204, null));
        cases.add(new Case("DELETE", api + "/organisations/{organisationId}/{grantKind}/{member}", false, Access.ADMIN,
                204, null));
        String helpers = "/api/v1/helpers";
        cases.add(new Case("POST", helpers, false, Access.VETTER, 201,
                t -> Map.of("username", "matriisi-auttaja-" + SEQUENCE.incrementAndGet(), "organisationId",
                        t.organisationId(), "firstName", "Matti", "birthDate", "1990-01-01")));
        cases.add(new Case("GET", helpers, false, Access.VETTER, 200, null));
        cases.add(new Case("GET", helpers + "/me", false, Access.HELPER, 200, null));
        cases.add(new Case("GET", helpers + "/me/record", false, Access.HELPER, 200, null));
        cases.add(new Case("POST", helpers + "/{helperId}/guardian-consent", false, Access.VETTER, 200, null));
        cases.add(new Case("POST", helpers + "/{helperId}/approval", false, Access.VETTER, 200,
                t -> Map.of("until", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusMonths(6).toString())));
        cases.add(new Case("POST", helpers + "/{helperId}/withdrawal", false, Access.VETTER, 200,
                t -> Map.of("reason", "Matriisi")));
        cases.add(new Case("GET", "/staff/tasks", true, Access.TASK_PAGES, 200, null));
        cases.add(new Case("GET", "/staff/tasks/{taskId}", true, Access.TASK_READ, 200, null));
        cases.add(new Case("POST", "/staff/tasks/{taskId}/claim", true, Access.HELPER, 303, t -> Map.of()));
        cases.add(new Case("POST", "/staff/tasks/{claimedTask}/claims/{claimId}/confirm", true, Access.TASK_HOST, 303,
                t -> Map.of()));
        cases.add(new Case("GET", "/staff/tasks/record", true, Access.HELPER, 200, null));
        cases.add(new Case("POST", "/staff/tasks/{claimedTask}/claims/{claimId}/cancel", true, Access.TASK_READ, 303,
                t -> Map.of("reason", "Matriisi")));
        cases.add(new Case("POST", "/staff/tasks/{confirmedTask}/claims/{confirmedClaim}/no-show", true,
                Access.TASK_HOST, 303, t -> Map.of()));
        // A task that has not started is not confirmed done, nor does a part not done take feedback: the form is
        // shown again, answering 400, to those who got that far.
        cases.add(new Case("POST", "/staff/tasks/{confirmedTask}/claims/{confirmedClaim}/complete", true,
                Access.TASK_HOST, 400, t -> Map.of("hours", "1")));
        cases.add(new Case("POST", "/staff/tasks/{confirmedTask}/claims/{confirmedClaim}/feedback", true,
                Access.HELPER, 400, t -> Map.of("feedback", "Matriisi")));
        cases.add(new Case("GET", "/staff/tasks/new", true, Access.TASK_HOST, 200, null));
        cases.add(new Case("GET", "/staff/tasks/figures", true, Access.TASK_FIGURES, 200, null));
        cases.add(new Case("POST", "/staff/tasks/new", true, Access.TASK_HOST, 303,
                t -> Map.of("organisationId", String.valueOf(t.organisationId()), "kind", "COMPANY", "date",
                        LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1).toString(), "startTime", "14:00",
                        "durationMinutes", "60", "municipality", "272", "meetingPoint", "Aula", "languages", "fi")));
        String helperPages = "/staff/tasks/helpers";
        cases.add(new Case("GET", helperPages + "/new", true, Access.VETTER, 200, null));
        cases.add(new Case("POST", helperPages + "/new", true, Access.VETTER, 303,
                t -> Map.of("username", "matriisi-auttaja-" + SEQUENCE.incrementAndGet(), "organisationId",
                        String.valueOf(t.organisationId()), "firstName", "Matti", "birthDate", "1990-01-01")));
        cases.add(new Case("GET", helperPages + "/{helperId}", true, Access.VETTER, 200, null));
        cases.add(new Case("POST", helperPages + "/{helperId}/approval", true, Access.VETTER, 303,
                t -> Map.of("until", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusMonths(6).toString())));
        cases.add(new Case("POST", helperPages + "/{helperId}/withdrawal", true, Access.VETTER, 303,
                t -> Map.of("reason", "Matriisi")));
        String accompany = "/staff/tasks/accompany?referral={assignedReferral}";
        cases.add(new Case("GET", accompany, true, Access.LINK_PERSON, 200, null));
        cases.add(new Case("POST", accompany, true, Access.LINK_PERSON, 303,
                t -> Map.of("date", LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1).toString(), "startTime",
                        "14:00", "durationMinutes", "60", "meetingPoint", "Aula", "languages", "fi")));
    }

    /** A fresh open task of the target's organisation; claimed by the helper (and confirmed at once if trusted). */
    private static long[] task(Target t, boolean claimed, boolean trusted) {
        Map<String, Object> body = TaskFixtures.task("COMPANY", TaskFixtures.KOKKOLA, t.organisationId(), null);
        body.put("trustApproved", trusted);
        long task = TaskFixtures.post("admin", body).getLong("id");
        return new long[] { task, claimed ? TaskFixtures.claim("helper", task) : 0 };
    }

    private static int expected(Case c, Who who) {
        if (who == Who.COORDINATOR_ELSEWHERE) {
            int asCoordinator = expected(c, Who.COORDINATOR);
            // Every case of the matrix is a Keski-Pohjanmaa referral (Kokkola) or survey: another county's survey
            // results are as unknown to this coordinator as a survey that does not exist.
            if (asCoordinator == c.ok() && c.access() == Access.REPORTS && c.template().contains("{survey}")) {
                return 404;
            }
            return asCoordinator == c.ok() && c.template().contains("Referral}") ? 403 : asCoordinator;
        }
        boolean allowed = switch (c.access()) {
            case PUBLIC -> true;
            case SIGNED_IN -> who != Who.ANONYMOUS;
            case PUBLISHER -> who == Who.PUBLISHER || who == Who.ADMIN;
            case ADMIN -> who == Who.ADMIN;
            case REFERRAL_WORK -> who == Who.NURSE || who == Who.LINK_PERSON || who == Who.COORDINATOR;
            case NURSE -> who == Who.NURSE;
            case COORDINATOR -> who == Who.COORDINATOR;
            case LINK_PERSON -> who == Who.LINK_PERSON;
            case CASE_PLAN -> who == Who.NURSE || who == Who.LINK_PERSON;
            case REPORTS -> who == Who.ANALYST || who == Who.COORDINATOR;
            case CORRECTION -> who == Who.NURSE || who == Who.COORDINATOR;
            case PROFESSIONAL -> who != Who.ANONYMOUS && who != Who.HELPER;
            case TASK_HOST -> who == Who.HOST || who == Who.ADMIN;
            case TASK_LIST -> who == Who.HOST || who == Who.LINK_PERSON || who == Who.ADMIN;
            case TASK_READ -> who == Who.HOST || who == Who.HELPER || who == Who.ADMIN;
            case HELPER -> who == Who.HELPER;
            case VETTER -> who == Who.VETTER || who == Who.ADMIN;
            case TASK_PAGES -> who == Who.HOST || who == Who.LINK_PERSON || who == Who.HELPER || who == Who.VETTER
                    || who == Who.ADMIN;
            case TASK_FIGURES -> who == Who.HOST || who == Who.COORDINATOR || who == Who.ANALYST || who == Who.ADMIN;
        };
        if (allowed) {
            return c.ok();
        }
        if (who == Who.ANONYMOUS) {
            return c.page() ? 302 : 401;
        }
        return 403;
    }

    @Test
    void everyEndpointAndPageAnswersEveryRoleAsExpected() {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            for (Who who : Who.values()) {
                boolean changes = !c.method().equals("GET");
                Target t = changes && expected(c, who) == c.ok() && who != Who.ANONYMOUS ? target() : shared;
                String path = path(c.template(), t, who);
                Response response = send(c, who, path, t);
                int wanted = expected(c, who);
                if (response.statusCode() != wanted) {
                    wrong.add(c.method() + " " + path + " as " + who + ": " + response.statusCode() + ", expected "
                            + wanted);
                }
                if (wanted == 302) {
                    assertThat(response.header("Location")).as(path).contains("/authorize");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheApi() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}"))));
        Set<String> covered = new LinkedHashSet<>();
        for (Case c : cases()) {
            covered.add(c.method() + " " + c.template().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}"));
        }
        documented.removeAll(covered);
        assertThat(documented).as("endpoints without a line in the role matrix").isEmpty();
    }

    private static Long survey;

    /** One survey of two questions, made once, for the survey addresses. */
    private static long survey() {
        if (survey == null) {
            survey = given().auth().oauth2(token(Who.ANALYST)).contentType("application/json")
                    .body(Map.of("title", Map.of("fi", "Matriisikysely"), "questions",
                            List.of(Map.of("fi", "Pärjään"), Map.of("fi", "Kuulun joukkoon"))))
                    .post("/api/v1/reports/surveys").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return survey;
    }

    private static String path(String template, Target t, Who who) {
        String freshSource = template.contains("{freshSource}") && who == Who.ADMIN ? source(token(Who.ADMIN))
                : t.source();
        // Each decision needs a request still waiting; refused callers get any id.
        long requestId = template.contains("{requestId}") && who == Who.ADMIN ? freshRequest() : 1;
        long assignedReferral = template.contains("{assignedReferral}") ? referralFor(false) : 0;
        long acceptedReferral = template.contains("{acceptedReferral}") ? referralFor(true) : 0;
        long[] task = template.contains("{taskId}") ? task(t, false, false)
                : template.contains("{claimedTask}") ? task(t, true, false)
                        : template.contains("{confirmedTask}") ? task(t, true, true) : new long[2];
        long helperId = template.contains("{helperId}")
                ? TaskFixtures.register("matriisi-auttaja-" + SEQUENCE.incrementAndGet(), "Matti",
                        LocalDate.of(1990, 1, 1), TaskFixtures.KOKKOLA, false, t.organisationId())
                : 0;
        return template.replace("{organisationId}", String.valueOf(t.organisationId()))
                .replace("{activityId}", String.valueOf(t.activityId()))
                .replace("{publishedId}", String.valueOf(t.publishedId()))
                .replace("{scheduleId}", String.valueOf(t.scheduleId()))
                .replace("{sessionId}", String.valueOf(t.sessionId()))
                .replace("{placeId}", String.valueOf(t.placeId()))
                .replace("{version}", String.valueOf(t.version()))
                .replace("{freshSource}", freshSource)
                .replace("{source}", t.source())
                .replace("{runId}", String.valueOf(t.runId()))
                .replace("{requestId}", String.valueOf(requestId))
                .replace("{assignedReferral}", String.valueOf(assignedReferral))
                .replace("{acceptedReferral}", String.valueOf(acceptedReferral))
                .replace("{member}", "matriisi-jasen")
                .replace("{taskId}", String.valueOf(task[0]))
                .replace("{claimedTask}", String.valueOf(task[0]))
                .replace("{confirmedTask}", String.valueOf(task[0]))
                .replace("{claimId}", String.valueOf(task[1]))
                .replace("{confirmedClaim}", String.valueOf(task[1]))
                .replace("{grantKind}", "hosts")
                .replace("{helperId}", String.valueOf(helperId))
                .replace("{unknownPlace}", "999999999")
                .replace("{unknownCode}", "ZZZZZZZZZZ")
                .replace("{selfReportRound}", "START")
                .replace("{survey}", String.valueOf(survey()))
                .replace("{hsdsOrganisation}", hsdsId(1, t.organisationId()))
                .replace("{hsdsActivity}", hsdsId(3, t.publishedId()))
                .replace("{hsdsPlace}", hsdsId(4, t.placeId()))
                .replace("{hsdsActivityAtPlace}", hsdsId(6, t.publishedId()))
                .replace("{consentRecipient}", "link-person")
                .replace("{serviceId}", template.contains("{serviceId}") ? String.valueOf(service(t)) : "")
                .replace("{wellbeingToken}", template.contains("{wellbeingToken}") ? wellbeingToken() : "")
                .replace("{resourceId}", template.contains("{resourceId}") ? String.valueOf(resource(t)) : "");
    }

    private static Response send(Case c, Who who, String path, Target t) {
        Object body = c.body() == null ? null : c.body().apply(t);
        RequestSpecification request;
        if (c.page()) {
            StaffBrowser browser = browser(who);
            // Asked first: fetching a token sets the cookie it is checked against, which the request must carry.
            String formToken = body == null ? null : browser.formToken();
            request = browser.request();
            if (body instanceof Multipart multipart) {
                RequestSpecification parts = request.multiPart("csrf-token", formToken);
                multipart.fields().forEach((name, value) -> parts.multiPart(name, String.valueOf(value)));
            } else if (body != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> form = new LinkedHashMap<>((Map<String, Object>) body);
                form.put("csrf-token", formToken);
                request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form);
            }
        } else {
            request = given().redirects().follow(false);
            if (who != Who.ANONYMOUS) {
                request = request.auth().oauth2(token(who));
            }
            if (body instanceof byte[] document) {
                request = request.contentType("application/pdf").body(document);
            } else if (body != null) {
                request = request.contentType("application/json").body(body);
            }
        }
        return request.request(c.method(), path);
    }
}
