package fi.silta.production;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak, from its distribution on Maven Central, as a child process on a loopback port: the realm of
 * {@code docker/keycloak/silta-realm.json} imported as it is, with the test users of
 * {@code production/silta-users-0.json} beside it. What a county's operator does after importing the realm,
 * the tier does through Keycloak's admin API: it registers Silta's address as a redirect URI.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "silta";
    static final String CLIENT_ID = "silta";
    /** The placeholder secret of the realm file; a deployment replaces it, the tier uses it as it is. */
    static final String CLIENT_SECRET = "change-me";
    private static final String ADMIN = "tier-admin";
    private static final String ADMIN_PASSWORD = "tier-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String url;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static KeycloakServer start(Path projectDir, Path workDir) throws IOException, InterruptedException {
        String version = System.getProperty("silta.production-tier.keycloak-version");
        Path zip = Path.of(System.getProperty("silta.production-tier.keycloak-zip"));
        Path home = Archives.unpackOnce(zip, projectDir.resolve("target"), "keycloak-" + version);
        // Each run starts from the realm file alone: no database or import left from an earlier run.
        Path data = home.resolve("data");
        Archives.deleteRecursively(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(projectDir.resolve("docker/keycloak/silta-realm.json"), imports.resolve("silta-realm.json"));
        Files.copy(projectDir.resolve("src/test/resources/production/silta-users-0.json"),
                imports.resolve("silta-users-0.json"));
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createDirectories(workDir).resolve("keycloak.log");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--import-realm", "--cache=local"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String url = "http://127.0.0.1:" + port;
        KeycloakServer server = new KeycloakServer(process, url, log);
        server.awaitRealm(Duration.ofSeconds(240));
        return server;
    }

    /** The issuer Silta is configured with: the realm's address. */
    String issuer() {
        return url + "/realms/" + REALM;
    }

    String url() {
        return url;
    }

    Path log() {
        return log;
    }

    /** Lets Keycloak send browsers back to Silta at this address after sign-in and sign-out. */
    void allowRedirectsTo(String siltaUrl) throws IOException, InterruptedException {
        String token = adminToken();
        JsonNode client = clientRepresentation(token, CLIENT_ID);
        ObjectNode updated = (ObjectNode) client;
        ArrayNode redirects = updated.putArray("redirectUris");
        redirects.add(siltaUrl + "/*");
        ArrayNode origins = updated.putArray("webOrigins");
        origins.add(siltaUrl);
        ((ObjectNode) updated.get("attributes")).put("post.logout.redirect.uris", siltaUrl + "/*");
        send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM + "/clients/" + client.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(updated))).build(), 204);
    }

    /**
     * Registers another confidential client of the same realm, as another county application would be, and
     * returns an access token it obtains for {@code username}: a token not issued for Silta.
     */
    String tokenOfAnotherClient(String username, String password) throws IOException, InterruptedException {
        String token = adminToken();
        Map<String, Object> other = Map.of("clientId", "other-app", "enabled", true, "publicClient", false,
                "secret", "other-app-secret", "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "protocol", "openid-connect");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM
                + "/clients")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(other))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Creating the other client: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(issuer()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=other-app"
                        + "&client_secret=other-app-secret&username=" + username + "&password=" + password))
                .build(), 200);
        return JSON.readTree(granted.body()).get("access_token").asText();
    }

    /** Whether Keycloak still holds a signed-in session for the user (ended by a sign-out). */
    int sessionsOf(String username) throws IOException, InterruptedException {
        String token = adminToken();
        HttpResponse<String> users = send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM
                + "/users?exact=true&username=" + username)).header("Authorization", "Bearer " + token).build(), 200);
        String id = JSON.readTree(users.body()).get(0).get("id").asText();
        HttpResponse<String> sessions = send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM
                + "/users/" + id + "/sessions")).header("Authorization", "Bearer " + token).build(), 200);
        return JSON.readTree(sessions.body()).size();
    }

    private JsonNode clientRepresentation(String token, String clientId) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM
                + "/clients?clientId=" + clientId)).header("Authorization", "Bearer " + token).build(), 200);
        return JSON.readTree(response.body()).get(0);
    }

    private String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + ADMIN
                        + "&password=" + ADMIN_PASSWORD))
                .build(), 200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private void awaitRealm(Duration timeout) throws IOException, InterruptedException {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log + "\n" + Archives.tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Keycloak was not ready in " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(500);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
