package fi.silta.search;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Ready only when the search cluster answers and is at least yellow (all primary shards assigned). */
@Readiness
@ApplicationScoped
public class SearchEngineHealthCheck implements HealthCheck {

    private final SearchMapping searchMapping;
    private final ObjectMapper json;

    SearchEngineHealthCheck(SearchMapping searchMapping, ObjectMapper json) {
        this.searchMapping = searchMapping;
        this.json = json;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Search engine");
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "2s");
            Response response = client.performRequest(request);
            JsonNode health = json.readTree(response.getEntity().getContent());
            String status = health.path("status").asText("unknown");
            builder.withData("status", status).withData("cluster", health.path("cluster_name").asText(""));
            return ("green".equals(status) || "yellow".equals(status) ? builder.up() : builder.down()).build();
        } catch (IOException | RuntimeException e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
