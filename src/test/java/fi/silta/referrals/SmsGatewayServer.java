package fi.silta.referrals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A small SMS gateway for the tests: takes {@code POST /send} with basic authentication, keeps each body and its
 * Authorization header, answers 202. Silta is pointed at it through {@code silta.places.sms.*}.
 */
public class SmsGatewayServer implements QuarkusTestResourceLifecycleManager {

    /** One message as the gateway received it. */
    public record Received(String authorization, String body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/send", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        return Map.of("silta.places.sms.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/send",
                "silta.places.sms.username", "silta-test", "silta.places.sms.password", "gateway-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
