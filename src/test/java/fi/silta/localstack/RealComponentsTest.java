package fi.silta.localstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.awaitility.Awaitility;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import fi.silta.testsupport.CatalogueFixtures;

/** The tests run against a real PostgreSQL and a real OpenSearch, not stand-ins. */
@QuarkusTest
class RealComponentsTest {

    @Inject
    EntityManager entityManager;
    @Inject
    SearchMapping searchMapping;
    @Inject
    CatalogueFixtures fixtures;
    @Inject
    ObjectMapper json;

    @Test
    @Transactional
    void theDatabaseIsPostgreSql() {
        // generate_series and version() exist in PostgreSQL only; an H2 or in-memory stand-in fails here.
        Object version = entityManager.createNativeQuery("SELECT version()").getSingleResult();
        assertThat(version.toString()).startsWith("PostgreSQL 17");
        @SuppressWarnings("unchecked")
        List<Number> series = entityManager.createNativeQuery("SELECT * FROM generate_series(1, 3)").getResultList();
        assertThat(series).extracting(Number::intValue).containsExactly(1, 2, 3);
    }

    @Test
    void theSearchEngineIsOpenSearch() throws IOException {
        RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        JsonNode root = json.readTree(client.performRequest(new Request("GET", "/")).getEntity().getContent());
        assertThat(root.path("version").path("distribution").asText()).isEqualTo("opensearch");
        assertThat(root.path("version").path("number").asText()).matches("3\\.([5-9]|\\d\\d)\\..*");
    }

    @Test
    void aNewActivityIsFoundThroughTheSearchEngine() {
        long id = fixtures.weeklyActivity("Hakukoneen kautta löytyvä tuolijumppa", "FREQ=WEEKLY;BYDAY=MO,TH");
        // The list endpoint answers from the index only, so the id appears once OpenSearch holds it.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("size", 100)
                .when().get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", hasItem((int) id)));
    }
}
