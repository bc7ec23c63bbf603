package fi.silta.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP calls to any instance, each with its own time limit and its time taken, for tests that watch how long
 * Silta keeps a caller waiting. A call that gets no answer in time is an answer too: status 0.
 */
final class Calls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer, or status 0 when none came within the call's time limit. */
    record Answer(int status, String body, Map<String, List<String>> headers, long millis) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " in " + millis + " ms: " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private Calls() {
    }

    static Answer get(String url, String token, String accept, Duration limit) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(limit).GET().header("Accept",
                accept);
        return send(request, token);
    }

    static Answer send(String method, String url, String token, Object body, Duration limit) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(limit)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Accept", "application/json").header("Content-Type", "application/json");
            return send(request, token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map(), elapsed(started));
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName(), Map.of(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
