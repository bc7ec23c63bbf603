package fi.silta.hsds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.silta.testsupport.CatalogueFixtures;
import fi.silta.testsupport.DemoUsers;

/**
 * Every endpoint of the HSDS API answers what the HSDS 3.0 schemas allow (list pages: the page fields and each
 * item against the item schema; detail answers against the full schema), in each language, and never carries what
 * professionals only may read.
 */
@QuarkusTest
class HsdsExportTest {

    private static final Path SCHEMAS = Path.of("src/test/resources/hsds/3.0/schema").toAbsolutePath().normalize();
    private static final String NOTES = "Ammattilaisten salainen huomio 4711";

    private static SchemaRegistry registry;

    @Inject
    CatalogueFixtures fixtures;

    @BeforeAll
    static void schemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        // The schema files (copied into the test resources) and their relative references are read from disk, never
                        // from the network.
                        .schemaLoader(loader -> loader.fetchRemoteResources()
                                .allow(iri -> iri.toString().startsWith("file:"))));
    }

    private static Schema schema(String file) {
        return registry.getSchema(SchemaLocation.of(SCHEMAS.resolve(file).toUri().toString()));
    }

    private static List<String> errors(Schema schema, String json) {
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            messages.add(error.toString());
        }
        return messages;
    }

    private long catalogue() {
        long organisation = fixtures.organisationWithMembers("HSDS-yhdistys ry " + System.nanoTime(), "publisher");
        String publisher = DemoUsers.accessToken("publisher");
        long place = given().auth().oauth2(publisher).contentType("application/json")
                .body(Map.of("name", Map.of("fi", "Palvelukeskus", "sv", "Servicecentret"), "streetAddress",
                        "Isokatu 1", "postalCode", "67100", "municipality", "272", "latitude", 63.84, "longitude",
                        23.13))
                .post("/api/v1/publishing/organisations/" + organisation + "/places").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> service = new HashMap<>();
        service.put("version", 0);
        service.put("name", Map.of("fi", "Omaishoitajan vapaapäiväpalvelu", "sv", "Ledighet för närståendevårdare"));
        service.put("description", Map.of("fi", "Sijaishoitaja kotiin omaishoitajan vapaapäivän ajaksi."));
        service.put("eligibility", Map.of("fi", "Omaishoidon tuen saajat"));
        service.put("access", "APPLY");
        service.put("accessInfo", Map.of("fi", "Hae palveluohjauksen kautta."));
        service.put("free", true);
        service.put("infoUrl", "https://www.kokkola.fi/omaishoito");
        service.put("contactEmail", "omaishoito@kokkola.fi");
        service.put("contactPhone", "06 828 9111");
        service.put("municipalities", List.of("272"));
        service.put("placeIds", List.of(place));
        service.put("languages", List.of("fi", "sv"));
        service.put("published", true);
        service.put("professional", Map.of("notes", NOTES, "waitingTime", "2 viikkoa"));
        given().auth().oauth2(publisher).contentType("application/json").body(service)
                .post("/api/v1/publishing/organisations/" + organisation + "/services").then().statusCode(201);
        fixtures.weeklyActivity("Tuolijumppa HSDS", "FREQ=WEEKLY;BYDAY=TU");
        return organisation;
    }

    @Test
    void aPageOfEveryEndpointAndEveryRecordValidatesInEachLanguage() {
        catalogue();
        Map<String, String> itemSchemas = Map.of("organizations", "compiled/organization_list.json", "services",
                "compiled/service_list.json", "locations", "location.json", "service_at_locations",
                "compiled/service_at_location_list.json");
        Map<String, String> detailSchemas = Map.of("organizations", "compiled/organization.json", "services",
                "compiled/service.json", "locations", "location.json", "service_at_locations",
                "compiled/service_at_location.json");
        List<String> wrong = new ArrayList<>();
        int details = 0;
        for (String lang : List.of("fi", "sv", "en")) {
            for (Map.Entry<String, String> endpoint : itemSchemas.entrySet()) {
                String body = given().queryParam("lang", lang).queryParam("per_page", 100)
                        .get("/hsds/" + endpoint.getKey()).then().statusCode(200).extract().asString();
                assertThat(body).doesNotContain(NOTES, "2 viikkoa");
                JsonPath page = JsonPath.from(body);
                assertThat(page.getInt("total_items")).as(endpoint.getKey()).isPositive();
                assertThat(page.getInt("page_number")).isEqualTo(1);
                assertThat(page.getBoolean("first_page")).isTrue();
                assertThat(page.getInt("size")).isEqualTo(page.getList("contents").size());
                Schema item = schema(endpoint.getValue());
                JsonNode contents = read(body).get("contents");
                for (int i = 0; i < contents.size(); i++) {
                    String id = contents.get(i).get("id").asText();
                    wrong.addAll(errors(item, contents.get(i).toString()).stream()
                            .map(e -> endpoint.getKey() + " " + id + ": " + e).toList());
                    String detail = given().queryParam("lang", lang).get("/hsds/" + endpoint.getKey() + "/" + id)
                            .then().statusCode(200).extract().asString();
                    assertThat(detail).doesNotContain(NOTES);
                    wrong.addAll(errors(schema(detailSchemas.get(endpoint.getKey())), detail).stream()
                            .map(e -> endpoint.getKey() + "/" + id + ": " + e).toList());
                    details++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(details).isGreaterThanOrEqualTo(4);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pagingFollowsTheHsdsPageFields() {
        catalogue();
        JsonPath first = given().queryParam("per_page", 1).get("/hsds/services").then().statusCode(200).extract()
                .jsonPath();
        int total = first.getInt("total_items");
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.getInt("total_pages")).isEqualTo(total);
        assertThat(first.getInt("size")).isEqualTo(1);
        assertThat(first.getBoolean("last_page")).isFalse();
        JsonPath last = given().queryParam("per_page", 1).queryParam("page", total).get("/hsds/services").then()
                .statusCode(200).extract().jsonPath();
        assertThat(last.getBoolean("last_page")).isTrue();
        assertThat(last.getString("contents[0].id")).isNotEqualTo(first.getString("contents[0].id"));
        given().queryParam("per_page", 0).get("/hsds/services").then().statusCode(400);
        given().get("/hsds/services/not-an-id").then().statusCode(404);
    }
}
