package fi.silta.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID Connect issuer on loopback for the packaged application in the {@code prod} profile: it
 * publishes discovery and its signing key, and signs RS256 access tokens for the benchmark's users, with
 * roles where Keycloak puts them ({@code realm_access.roles}). The application checks these tokens exactly
 * as it checks a county's identity provider's.
 */
final class Issuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer server;
    private final KeyPair keys;
    private final String url;

    Issuer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/silta";
        server.createContext("/realms/silta/.well-known/openid-configuration", exchange -> json(exchange, Map.of(
                "issuer", url,
                "jwks_uri", url + "/protocol/openid-connect/certs",
                "authorization_endpoint", url + "/protocol/openid-connect/auth",
                "token_endpoint", url + "/protocol/openid-connect/token",
                "end_session_endpoint", url + "/protocol/openid-connect/logout",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/realms/silta/protocol/openid-connect/certs", exchange -> {
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            json(exchange, Map.of("keys", List.of(Map.of("kty", "RSA", "kid", "bench", "use", "sig", "alg", "RS256",
                    "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent())))));
        });
        server.start();
    }

    String url() {
        return url;
    }

    /** An access token valid for two hours. */
    String token(String username, String role) {
        try {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", url);
            claims.put("sub", username);
            claims.put("preferred_username", username);
            claims.put("email", username + "@example.org");
            claims.put("aud", "silta");
            claims.put("azp", "silta");
            claims.put("typ", "Bearer");
            claims.put("iat", now);
            claims.put("exp", now + 7200);
            claims.put("realm_access", Map.of("roles", List.of(role)));
            String header = URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "bench")));
            String payload = URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return URL.encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
