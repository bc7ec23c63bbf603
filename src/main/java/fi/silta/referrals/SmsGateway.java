package fi.silta.referrals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.LaunchMode;

/**
 * Text messages through an HTTP gateway: one POST of {@code {"from", "to", "text"}} as JSON with basic
 * authentication, to the address and account in configuration ({@code silta.places.sms.*}). Without an address
 * nothing is sent; the local run and the tests then keep the messages here instead, as they do with mail. Neither
 * the number nor the text is ever logged.
 */
@ApplicationScoped
public class SmsGateway {

    /** One message as the gateway would have received it. */
    public record Sms(String to, String text) {
    }

    private static final Logger LOG = Logger.getLogger(SmsGateway.class);

    private final PlacesConfig.Sms config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sms> captured = new CopyOnWriteArrayList<>();

    SmsGateway(PlacesConfig config, ObjectMapper json) {
        this.config = config.sms();
        this.json = json;
    }

    /** Sends one message; returns whether the gateway (or the local capture) took it. */
    public boolean send(String to, String text) {
        if (config.gatewayUrl().isEmpty() || config.gatewayUrl().get().isBlank()) {
            if (LaunchMode.current() != LaunchMode.NORMAL) {
                captured.add(new Sms(to, text));
                return true;
            }
            return false;
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.gatewayUrl().get()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("from",
                            config.sender(), "to", to, "text", text)), StandardCharsets.UTF_8));
            if (config.username().isPresent()) {
                String account = config.username().get() + ":" + config.password().orElse("");
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)));
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warnf("The SMS gateway refused a message (HTTP %d)", status);
                return false;
            }
            return true;
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("A text message could not be sent (%s)", e.getClass().getSimpleName());
            return false;
        } catch (IOException e) {
            LOG.warnf("The SMS gateway could not be reached (%s)", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The messages kept instead of sent (local run and tests without a gateway). */
    public List<Sms> captured() {
        return List.copyOf(captured);
    }
}
