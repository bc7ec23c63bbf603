package fi.silta.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.localstack.LocalStack;
import fi.silta.localstack.ServiceControl;

/**
 * The search engine stops answering (its process frozen, as a hung host) while a publisher writes. Every write
 * succeeds; a resident's search answers 503 with problem details and Retry-After within five seconds, and the page says
 * so in the resident's language; the instance is not ready but alive. Once the engine answers again, every write made
 * meanwhile is found, without a restart or a rebuild.
 */
class SearchEngineOutageIT {

    /** What a resident may wait for an answer during the outage. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static ProductionStack stack;
    private static Publisher publisher;

    @BeforeAll
    static void deployed() {
        stack = ProductionStack.get().restAssured();
        publisher = Publisher.join(stack, "Katkon Kävelijät ry");
    }

    @Test
    void writesGoOnAndSearchSaysItIsAwayUntilTheEngineIsBack() {
        String silta = stack.siltaUrl();
        assertThat(search(silta, "kävelyretki").status()).isEqualTo(200);
        ServiceControl engine = LocalStack.searchEngine();
        List<Long> written = new ArrayList<>();
        engine.pause();
        try {
            for (int i = 1; i <= 3; i++) {
                written.add(publisher.publish(silta, "Kävelyretki katkon aikana " + i));
            }

            Calls.Answer api = search(silta, "kävelyretki");
            assertThat(api.status()).as("search during the outage: %s", api).isEqualTo(503);
            assertThat(api.millis()).isLessThan(PATIENCE.toMillis());
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.json().path("code").asText()).isEqualTo("search-unavailable");
            assertThat(Long.parseLong(api.header("Retry-After"))).isPositive();
            Calls.Answer suggest = Calls.get(silta + "/api/v1/activities/suggest?q=k%C3%A4vely", null,
                    "application/json", Duration.ofSeconds(30));
            assertThat(suggest.status()).as("suggestions: %s", suggest).isEqualTo(503);
            assertThat(suggest.millis()).isLessThan(PATIENCE.toMillis());

            for (String lang : List.of("fi", "sv", "en")) {
                Calls.Answer page = Calls.get(silta + "/?q=k%C3%A4vely&lang=" + lang, null, "text/html",
                        Duration.ofSeconds(30));
                assertThat(page.status()).as("page in %s: %s", lang, page).isEqualTo(503);
                assertThat(page.millis()).isLessThan(PATIENCE.toMillis());
                assertThat(page.header("Retry-After")).isNotBlank();
                Document html = Jsoup.parse(page.body());
                assertThat(html.select("html").attr("lang")).isEqualTo(lang);
                assertThat(html.select(".unavailable").text()).isEqualTo(message(lang, "search_unavailable"));
            }

            Calls.Answer ready = Calls.get(silta + "/q/health/ready", null, "application/json", Duration.ofSeconds(30));
            assertThat(ready.status()).as("readiness: %s", ready).isEqualTo(503);
            assertThat(ready.millis()).isLessThan(PATIENCE.toMillis());
            assertThat(check(ready.json(), "Search engine")).isEqualTo("DOWN");
            Calls.Answer live = Calls.get(silta + "/q/health/live", null, "application/json", Duration.ofSeconds(30));
            assertThat(live.status()).as("liveness: %s", live).isEqualTo(200);
        } finally {
            engine.resume();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Calls.get(silta + "/q/health/ready", null, "application/json", Duration.ofSeconds(10)).status())
                .isEqualTo(200));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Calls.Answer found = search(silta, "kävelyretki");
            assertThat(found.status()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            found.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
            assertThat(ids).containsAll(written);
        });
    }

    private static Calls.Answer search(String silta, String words) {
        return Calls.get(silta + "/api/v1/activities?size=50&q=" + words.replace("ä", "%C3%A4"), null,
                "application/json", Duration.ofSeconds(30));
    }

    private static String check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check.path("status").asText();
            }
        }
        return "absent";
    }

    private static String message(String lang, String key) {
        Properties messages = new Properties();
        try (InputStream in = SearchEngineOutageIT.class.getResourceAsStream("/messages/search_" + lang + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return messages.getProperty(key);
    }
}
