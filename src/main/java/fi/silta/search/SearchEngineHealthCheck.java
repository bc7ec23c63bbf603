package fi.silta.search;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.client.config.RequestConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Ready only when the search cluster answers within {@code silta.search.health-timeout} and is at least yellow (all
 * primary shards assigned). A paused or unreachable engine makes the instance not ready, within that time: the check
 * never waits for the engine client's own read time-out, which indexing needs to be long.
 */
@Readiness
@ApplicationScoped
public class SearchEngineHealthCheck implements HealthCheck {

    private final SearchMapping searchMapping;
    private final ObjectMapper json;
    private final RequestOptions options;
    private final String serverTimeout;

    SearchEngineHealthCheck(SearchMapping searchMapping, ObjectMapper json,
            @ConfigProperty(name = "silta.search.health-timeout", defaultValue = "2S") Duration timeout) {
        this.searchMapping = searchMapping;
        this.json = json;
        int ms = (int) timeout.toMillis();
        this.options = RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(ms).setConnectionRequestTimeout(ms).setSocketTimeout(ms).build()).build();
        // The cluster answers its own health within this, so a slow cluster is told apart from an absent one.
        this.serverTimeout = Math.max(1, ms / 2) + "ms";
    }

    /** Whether the cluster answers and is at least yellow. */
    boolean isUp() {
        return call().getStatus() == HealthCheckResponse.Status.UP;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Search engine");
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", serverTimeout);
            request.setOptions(options);
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
