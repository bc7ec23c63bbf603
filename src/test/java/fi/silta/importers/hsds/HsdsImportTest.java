package fi.silta.importers.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.catalogue.Activity;
import fi.silta.common.Language;
import fi.silta.importers.ActivityOrigin;
import fi.silta.importers.ActivityOriginRepository;
import fi.silta.importers.ImportSourceRepository;
import fi.silta.testsupport.FeedServer;
import fi.silta.testsupport.ImportFixtures;

/** The HSDS 3.0 examples imported end to end, from files and from a paged API. */
@QuarkusTest
class HsdsImportTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/reference-data/hsds/3.0/examples");
    private static final String SERVICE_AT_LOCATION = "e94c9f38-1e8f-4564-91d4-d53501ab1765";
    private static FeedServer server;

    @Inject
    ActivityOriginRepository origins;
    @Inject
    ImportSourceRepository sources;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String fileUrl(String file) {
        return EXAMPLES.resolve(file).toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * Every example is read: the four that hold the counselling service in full become one activity with four
     * provenances, the list forms reject their summary-only items with a reason, and the rest, which hold no
     * services, fail saying what they hold.
     */
    @Test
    void theSpecificationExamplesImport() {
        String token = ImportFixtures.adminToken();
        List<String> full = List.of("service_full.json", "organization_full.json", "service_at_location_full.json",
                "tabular.json");
        for (String file : full) {
            String name = "hsds-" + file.replace(".json", "").replace('_', '-');
            ImportFixtures.createSource(token, name, "HSDS", fileUrl(file));
            JsonPath run = ImportFixtures.runToEnd(token, name);
            assertThat(run.getString("status")).as(file).isEqualTo("SUCCEEDED");
            assertThat(run.getInt("counts.created") + run.getInt("counts.updated")).as(file).isEqualTo(1);
        }
        for (String file : List.of("service_list.json", "service_at_location_list.json")) {
            String name = "hsds-" + file.replace(".json", "").replace('_', '-');
            ImportFixtures.createSource(token, name, "HSDS", fileUrl(file));
            JsonPath run = ImportFixtures.runToEnd(token, name);
            assertThat(run.getString("status")).as(file).isEqualTo("COMPLETED_WITH_FAILURES");
            assertThat(run.getString("errors[0].reason")).as(file).isNotBlank();
        }
        // A document without services holds nothing to import: the source points at the wrong document, and the
        // run says what it found instead.
        Map<String, String> withoutServices = Map.of("organization_list.json", "organizations", "location.json",
                "locations", "taxonomy.json", "taxonomies", "taxonomy_list.json", "taxonomies",
                "taxonomy_term.json", "taxonomy terms", "taxonomy_term_list.json", "taxonomy terms", "base.json",
                "the API's description");
        withoutServices.forEach((file, found) -> {
            String name = "hsds-" + file.replace(".json", "").replace('_', '-');
            ImportFixtures.createSource(token, name, "HSDS", fileUrl(file));
            JsonPath run = ImportFixtures.runToEnd(token, name);
            assertThat(run.getString("status")).as(file).isEqualTo("FAILED");
            assertThat(run.getString("message")).as(file).isEqualTo(
                    "The HSDS feed holds no services, only " + found + "; point the source at the API's /services "
                            + "list or at a service");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Activity counselling = origins.findByOrigin(sources.findByName("hsds-service-full").orElseThrow(),
                    SERVICE_AT_LOCATION).orElseThrow().activity();
            assertThat(counselling.title().resolve(Language.EN)).isEqualTo("Community Counselling");
            assertThat(counselling.place().name().resolve(Language.EN)).isEqualTo("MyCity Civic Center");
            assertThat(origins.ofActivity(counselling)).extracting(o -> o.source().name())
                    // The API test's source may hold the same service too, depending on test order.
                    .contains("hsds-service-full", "hsds-organization-full", "hsds-service-at-location-full",
                            "hsds-tabular");
            assertThat(origins.ofActivity(counselling)).filteredOn(ActivityOrigin::primary).hasSize(1);
        });
    }

    /** A paged /services list whose items are summaries: each service is fetched in full from /services/{id}. */
    @Test
    void aPagedApiIsFollowedAndSummariesAreFetchedInFull() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode first = (ObjectNode) json.readTree(EXAMPLES.resolve("service_list.json").toFile());
        first.put("total_pages", 2).put("last_page", false);
        ObjectNode second = first.deepCopy();
        second.put("page_number", 2).put("last_page", true).put("first_page", false);
        ((ObjectNode) second.get("contents").get(0)).put("id", "peer-evening");
        ObjectNode fullService = (ObjectNode) json.readTree(EXAMPLES.resolve("service_full.json").toFile());
        ObjectNode peerEvening = fullService.deepCopy();
        peerEvening.put("id", "peer-evening").put("name", "Peer support evening");
        ((ObjectNode) peerEvening.get("service_at_locations").get(0)).put("id", "peer-evening-at-civic-center");
        server.serve("/hsds/services", "application/json", first.toString());
        server.serve("/hsds/services?page=2", "application/json", second.toString());
        server.serve("/hsds/services/ac148810-d857-441c-9679-408f346de14b", "application/json",
                fullService.toString());
        server.serve("/hsds/services/peer-evening", "application/json", peerEvening.toString());

        String token = ImportFixtures.adminToken();
        ImportFixtures.createSource(token, Map.of("name", "hsds-api", "type", "HSDS", "url",
                server.url("/hsds/services"), "defaults", Map.of("language", "en")));
        JsonPath run = ImportFixtures.runToEnd(token, "hsds-api");
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("progress.total")).isEqualTo(2);
        assertThat(server.requests("/hsds/services/peer-evening")).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(origins.findByOrigin(sources.findByName("hsds-api").orElseThrow(),
                    "peer-evening-at-civic-center")).isPresent();
        });
    }
}
