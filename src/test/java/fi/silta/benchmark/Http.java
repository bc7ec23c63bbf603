package fi.silta.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls with the JDK client, for set-up and measurements that are not load. */
final class Http {

    record Answer(int status, String body) {
        Answer expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("Unexpected HTTP " + status + ": "
                    + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static Answer send(String method, String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", url.contains("/_bulk") ? "application/x-ndjson" : "application/json");
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    static Answer get(String url, String token) throws IOException, InterruptedException {
        return send("GET", url, token, null);
    }

    static Answer post(String url, String token, String json) throws IOException, InterruptedException {
        return send("POST", url, token, json);
    }
}
