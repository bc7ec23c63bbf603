package fi.silta.importers.ptv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.reference.Municipality;
import fi.silta.services.AccessMethod;
import fi.silta.services.ServiceListing;
import fi.silta.services.ServiceStatus;
import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/**
 * A wellbeing services county's services in the national service register (PTV), served on loopback as the Open
 * API v11 answers: a paged service list of the organisation and the linked service channels. The documents are in
 * {@code src/test/resources/importers/ptv} (see its README for where their shape comes from).
 */
@QuarkusTest
class PtvImportTest {

    private static final String ORGANISATION = "0f3b9c1d-2e4a-4b6c-8d0e-1f2a3b4c5d60";
    private static final String LIST = "/ptv/api/v11/Service/list/organization";
    private static final String MEALS = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e01";
    private static final String HOME_HELP = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e02";
    private static final String TRANSPORT = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e03";
    private static final String NAMELESS = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e04";
    private static final String CAREGIVERS = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e05";
    private static final String BAD_MUNICIPALITY = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e06";
    private static final String FOR_COMPANIES = "5d1f2a8e-3c4b-4a6f-9e1d-0a7b8c9d1e07";
    private static final String[] CHANNELS = { "a1e0c5b2-7f44-4d1b-8c2e-6f3a9b0d2c11",
            "b2f1d6c3-8055-4e2c-9d3f-7a4b0c1e3d22", "c3a2e7d4-9166-4f3d-8e40-8b5c1d2f4e33",
            "d4b3f8e5-a277-4a4e-9f51-9c6d2e3a5f44" };
    private static FeedServer server;

    @Inject
    CatalogueFixtures fixtures;
    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void serveTheRegister() {
        server = FeedServer.start();
        server.serve(LIST + "?organizationId=" + ORGANISATION, "application/json",
                resource("service-list-page-1.json"));
        server.serve(LIST + "?organizationId=" + ORGANISATION + "&page=2", "application/json",
                resource("service-list-page-2.json"));
        for (String channel : CHANNELS) {
            server.serve("/ptv/api/v11/ServiceChannel/" + channel, "application/json",
                    resource("channels/" + channel + ".json"));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** What the catalogue holds of one imported service, read in a transaction of its own. */
    record Imported(long id, long organisationId, String nameFi, String nameSv, String descriptionFi,
            String eligibilityFi, AccessMethod access, boolean free, String costFi, String phone, String email,
            String infoUrl, Set<String> area, Set<String> categories, Set<String> targetGroups, Set<String> languages,
            List<Location> locations, ServiceStatus status, long version, Instant updatedAt) {
    }

    record Location(String name, String street, String postalCode, String municipality, Double latitude,
            Double longitude) {
    }

    @Test
    void anImportCreatesTheServicesWithTheirPlacesAreasAndClassesAndFailsTheBrokenRecordsAlone() {
        long organisation = fixtures.organisationWithMembers("Keski-Pohjanmaan hyvinvointialue " + System.nanoTime());
        String source = "ptv-soite-" + System.nanoTime();
        JsonPath run = createAndRun(source, organisation);

        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(run.getInt("counts.created")).isEqualTo(4);
        assertThat(run.getInt("counts.failed")).isEqualTo(2);
        Map<String, String> reasons = run.getList("errors", Map.class).stream().collect(Collectors.toMap(
                e -> (String) e.get("originId"), e -> (String) e.get("reason")));
        assertThat(reasons).containsOnlyKeys(NAMELESS, BAD_MUNICIPALITY);
        assertThat(reasons.get(NAMELESS)).contains("no name");
        assertThat(reasons.get(BAD_MUNICIPALITY)).contains("27X");

        Map<String, Imported> services = imported(source);
        assertThat(services).containsOnlyKeys(MEALS, HOME_HELP, TRANSPORT, CAREGIVERS);
        assertThat(services.values()).allSatisfy(service -> {
            assertThat(service.organisationId()).isEqualTo(organisation);
            assertThat(service.status()).isEqualTo(ServiceStatus.PUBLISHED);
        });

        Imported meals = services.get(MEALS);
        assertThat(meals.nameFi()).isEqualTo("Ateriapalvelu");
        assertThat(meals.nameSv()).isEqualTo("Måltidsservice");
        assertThat(meals.descriptionFi()).startsWith("Lämmin ateria tuodaan kotiin arkipäivisin.")
                .contains("Ateriapalvelu on tarkoitettu kotona asuville ikääntyneille");
        assertThat(meals.eligibilityFi()).startsWith("Kotona asuvat ikääntyneet");
        assertThat(meals.free()).isFalse();
        assertThat(meals.costFi()).isEqualTo("8,50 € / ateria");
        assertThat(meals.area()).containsExactlyInAnyOrder("272", "217");
        assertThat(meals.categories()).containsExactly("FOOD");
        assertThat(meals.targetGroups()).containsExactlyInAnyOrder("SENIORS", "EVERYONE");
        assertThat(meals.languages()).containsExactlyInAnyOrder("fi", "sv");
        assertThat(meals.access()).isEqualTo(AccessMethod.OPEN);
        assertThat(meals.phone()).isEqualTo("+358 406587112");
        assertThat(meals.email()).isEqualTo("asiakasohjaus@soite.example");
        assertThat(meals.infoUrl()).isEqualTo("https://www.soite.example/kotihoito");
        assertThat(meals.locations()).hasSize(1);
        Location office = meals.locations().get(0);
        assertThat(office.name()).isEqualTo("Kotihoidon asiakasohjaus, Kokkola");
        assertThat(office.street()).isEqualTo("Mariankatu 16-20");
        assertThat(office.postalCode()).isEqualTo("67200");
        assertThat(office.municipality()).isEqualTo("272");
        // PTV's TM35FIN metres, as WGS84 degrees.
        assertThat(office.latitude()).isCloseTo(63.8387, within(0.0005));
        assertThat(office.longitude()).isCloseTo(23.1307, within(0.0005));

        Imported homeHelp = services.get(HOME_HELP);
        assertThat(homeHelp.area()).as("a region's municipalities").containsExactlyInAnyOrder("272", "217", "236",
                "924");
        assertThat(homeHelp.targetGroups()).containsExactly("SENIORS");
        assertThat(homeHelp.access()).isEqualTo(AccessMethod.APPLY);
        assertThat(homeHelp.locations()).extracting(Location::name)
                .as("the same service location channel is one place").containsExactly(office.name());

        Imported transport = services.get(TRANSPORT);
        assertThat(transport.targetGroups()).as("P10.1.5 has no row: its parent P10.1's").containsExactly("SENIORS");
        assertThat(transport.access()).isEqualTo(AccessMethod.APPLY);
        assertThat(transport.locations()).as("a phone and an electronic channel are no places").isEmpty();
        assertThat(transport.phone()).isEqualTo("+358 68287000");
        assertThat(transport.languages()).containsExactlyInAnyOrder("fi", "sv", "en");

        Imported caregivers = services.get(CAREGIVERS);
        assertThat(caregivers.free()).isTrue();
        assertThat(caregivers.costFi()).isNull();
        assertThat(caregivers.categories()).containsExactly("CAREGIVER_SUPPORT");
        assertThat(caregivers.targetGroups()).containsExactlyInAnyOrder("FAMILY_CAREGIVERS", "EVERYONE");
        assertThat(caregivers.locations()).singleElement().satisfies(place -> {
            assertThat(place.name()).isEqualTo("Omaishoitokeskus Kokkola");
            assertThat(place.street()).isEqualTo("Torikatu 38");
            assertThat(place.postalCode()).isEqualTo("67100");
            assertThat(place.municipality()).isEqualTo("272");
        });
        assertThat(services).doesNotContainKey(FOR_COMPANIES);

        // Residents find an imported service like any other.
        long mealsId = meals.id();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("q", "Ateriapalvelu").get("/api/v1/services").then().statusCode(200)
                        .extract().jsonPath().getList("items.id", Long.class).contains(mealsId));
        Document page = Jsoup.parse(given().get("/services/" + mealsId).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Ateriapalvelu");
        assertThat(page.select(".facts").text()).contains("8,50 € / ateria")
                .contains("Kotihoidon asiakasohjaus, Kokkola, Mariankatu 16-20").contains("Kannus")
                .as("the service location's regular hours").contains("ma–pe 8.00–15.00");
    }

    @Test
    void aSecondRunOfTheSameResponseChangesNothing() {
        long organisation = fixtures.organisationWithMembers("Soite " + System.nanoTime());
        String source = "ptv-toisto-" + System.nanoTime();
        JsonPath first = createAndRun(source, organisation);
        assertThat(first.getInt("counts.created")).as(first.prettify()).isEqualTo(4);
        Map<String, Imported> before = imported(source);

        JsonPath second = ImportFixtures.runToEnd(ImportFixtures.adminToken(), source);

        assertThat(second.getInt("counts.created")).as(second.prettify()).isZero();
        assertThat(second.getInt("counts.updated")).isZero();
        assertThat(second.getInt("counts.archived")).isZero();
        assertThat(second.getInt("counts.unchanged")).isEqualTo(4);
        assertThat(second.getInt("counts.failed")).isEqualTo(2);
        Map<String, Imported> after = imported(source);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((id, service) -> {
            assertThat(after.get(id).version()).as(id).isEqualTo(service.version());
            assertThat(after.get(id).updatedAt()).as(id).isEqualTo(service.updatedAt());
        });
    }

    @Test
    void servicesThatLeaveTheRegisterAreArchivedOnlyWithinTheGuard() {
        long organisation = fixtures.organisationWithMembers("Soite " + System.nanoTime());
        String source = "ptv-poistuvat-" + System.nanoTime();
        String path = "/ptv-" + source + "/api/v11/Service/list/organization";
        server.serve(path, "application/json", resource("service-list-page-1.json").replace("\"pageCount\": 2",
                "\"pageCount\": 1"));
        for (String channel : CHANNELS) {
            server.serve("/ptv-" + source + "/api/v11/ServiceChannel/" + channel, "application/json",
                    resource("channels/" + channel + ".json"));
        }
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", source, "type", "PTV", "url", server.url(path),
                "organisationId", organisation, "defaults", Map.of("municipality", "272", "language", "fi")));
        assertThat(ImportFixtures.runToEnd(token, source).getInt("counts.created")).isEqualTo(3);

        // Home help leaves the register: one of three is more than the fifth a run may archive.
        String withoutHomeHelp = resource("service-list-page-1.json").replace("\"pageCount\": 2", "\"pageCount\": 1")
                .replace(HOME_HELP, NAMELESS.replace("e04", "e99"));
        server.serve(path, "application/json", withoutHomeHelp);
        JsonPath refused = ImportFixtures.runToEnd(token, source);
        assertThat(refused.getString("status")).as(refused.prettify()).isEqualTo("REFUSED");
        assertThat(imported(source).get(HOME_HELP).status()).isEqualTo(ServiceStatus.PUBLISHED);

        JsonPath forced = ImportFixtures.runToEnd(token, source, true);
        assertThat(forced.getInt("counts.archived")).as(forced.prettify()).isEqualTo(1);
        assertThat(imported(source).get(HOME_HELP).status()).isEqualTo(ServiceStatus.ARCHIVED);
        assertThat(imported(source).get(MEALS).status()).isEqualTo(ServiceStatus.PUBLISHED);

        // The source counts its live services, and keeps them on record: it can be disabled, not removed.
        given().auth().oauth2(token).get("/api/v1/admin/sources/" + source).then().statusCode(200)
                .body("activities", equalTo(3));
        given().auth().oauth2(token).delete("/api/v1/admin/sources/" + source).then().statusCode(409);
    }

    private static JsonPath createAndRun(String source, long organisation) {
        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", source, "type", "PTV",
                "url", server.url(LIST + "?organizationId=" + ORGANISATION), "organisationId", organisation,
                "defaults", Map.of("municipality", "272", "language", "fi")));
        return ImportFixtures.runToEnd(token, source);
    }

    private Map<String, Imported> imported(String source) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Imported> result = new TreeMap<>();
            for (ServiceListing service : entityManager
                    .createQuery("from ServiceListing where source = :source", ServiceListing.class)
                    .setParameter("source", source).getResultList()) {
                List<Location> locations = service.locations().stream().map(PtvImportTest::location).toList();
                result.put(service.originId(), new Imported(service.id(), service.organisation().id(),
                        service.name().fi(), service.name().sv(),
                        service.description() == null ? null : service.description().fi(),
                        service.eligibility() == null ? null : service.eligibility().fi(), service.access(),
                        service.free(), service.cost() == null ? null : service.cost().fi(), service.contactPhone(),
                        service.contactEmail(), service.infoUrl(),
                        codes(service.area().stream().map(Municipality::code).toList()),
                        codes(service.categories().stream().map(Category::code).toList()),
                        codes(service.targetGroups().stream().map(TargetGroup::code).toList()),
                        new TreeSet<>(service.languages()), locations, service.status(), service.version(),
                        service.updatedAt()));
            }
            return result;
        });
    }

    private static Location location(Place place) {
        return new Location(place.name().fi(), place.streetAddress(), place.postalCode(),
                place.municipality() == null ? null : place.municipality().code(), place.latitude(),
                place.longitude());
    }

    private static Set<String> codes(List<String> codes) {
        return new TreeSet<>(codes);
    }

    private static String resource(String name) {
        try (InputStream in = PtvImportTest.class.getResourceAsStream("/importers/ptv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
