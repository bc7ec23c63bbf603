package fi.silta.production;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;

import fi.silta.localstack.LocalStack;

/**
 * Silta as it is deployed, started once for all *IT tests of a build: the packaged application in the
 * {@code prod} profile, configured through the environment variables of {@code docker/compose.yml}, in front of a
 * PostgreSQL and an OpenSearch, signing in through a real Keycloak with the realm of {@code docker/keycloak} and
 * sending mail to a relay. Everything stops when the test JVM exits.
 */
public final class ProductionStack {

    /** The wellbeing county the deployment serves (Keski-Pohjanmaa). */
    public static final String COUNTY = "18";
    private static ProductionStack instance;

    private final PackagedSilta silta;
    private final KeycloakServer keycloak;
    private final MailSink mail;
    private final String managementUrl;
    private final LocalStack.Addresses services;
    private final Map<String, String> environment;
    private final Path project;
    private final Path work;
    private final List<PackagedSilta> others = new ArrayList<>();

    private ProductionStack(PackagedSilta silta, KeycloakServer keycloak, MailSink mail, String managementUrl,
            LocalStack.Addresses services, Map<String, String> environment, Path project, Path work) {
        this.silta = silta;
        this.keycloak = keycloak;
        this.mail = mail;
        this.managementUrl = managementUrl;
        this.services = services;
        this.environment = Map.copyOf(environment);
        this.project = project;
        this.work = work;
    }

    public static synchronized ProductionStack get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new IllegalStateException("The production-like stack did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the production-like stack", e);
            }
        }
        return instance;
    }

    private static ProductionStack start() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path work = project.resolve("target/production-tier");
        LocalStack.Addresses services = LocalStack.startThrowAway();
        MailSink mail = new MailSink();
        KeycloakServer keycloak = KeycloakServer.start(project, work);
        int port = KeycloakServer.freePort();
        String url = "http://127.0.0.1:" + port;
        keycloak.allowRedirectsTo(url);
        Map<String, String> environment = new HashMap<>();
        environment.put("SILTA_DB_URL", services.jdbcUrl());
        environment.put("SILTA_DB_USERNAME", services.dbUsername());
        environment.put("SILTA_DB_PASSWORD", services.dbPassword());
        environment.put("SILTA_DB_OWNER_USERNAME", services.ownerUsername());
        environment.put("SILTA_DB_OWNER_PASSWORD", services.ownerPassword());
        environment.put("SILTA_SEARCH_HOSTS", services.searchHosts());
        environment.put("SILTA_SEARCH_PROTOCOL", "http");
        environment.put("SILTA_OIDC_URL", keycloak.issuer());
        environment.put("SILTA_OIDC_CLIENT_ID", KeycloakServer.CLIENT_ID);
        environment.put("SILTA_OIDC_CLIENT_SECRET", KeycloakServer.CLIENT_SECRET);
        environment.put("SILTA_PUBLIC_URL", url);
        environment.put("SILTA_CLIENT_DATA_KEY", randomKey());
        environment.put("SILTA_CLIENT_INDEX_KEY", randomKey());
        environment.put("SILTA_SESSION_SECRET", randomKey());
        environment.put("SILTA_COUNTY", COUNTY);
        environment.put("SILTA_SMTP_HOST", "127.0.0.1");
        environment.put("SILTA_SMTP_PORT", Integer.toString(mail.port()));
        // The tier's relay is a plain local sink; a deployment's relay offers STARTTLS, which production requires.
        environment.put("SILTA_SMTP_START_TLS", "DISABLED");
        int managementPort = KeycloakServer.freePort();
        environment.put("SILTA_MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("SILTA_MAIL_FROM", "silta@silta.test");
        // Every test of the tier asks to join from the same loopback address, far more often than one person would.
        environment.put("SILTA_SECURITY_ANONYMOUS_WRITES_PER_ADDRESS", "100000");
        environment.put("SILTA_SECURITY_ANONYMOUS_WRITES_OVERALL", "100000");
        PackagedSilta silta = PackagedSilta.start(project, work, port, environment);
        ProductionStack stack = new ProductionStack(silta, keycloak, mail, "http://127.0.0.1:" + managementPort,
                services, environment, project, work);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "production-tier-stop"));
        return stack;
    }

    /**
     * Starts one more instance of the packaged application on the same database, search cluster, identity provider and
     * secrets, as a second instance behind a load balancer; {@code overrides} adds to or replaces its environment. It
     * serves the API (its staff pages cannot sign in: the realm redirects to the first instance only) and stops with
     * the stack, or earlier when closed.
     */
    synchronized PackagedSilta startInstance(String name, Map<String, String> overrides) {
        Map<String, String> instanceEnvironment = new HashMap<>(environment);
        // API calls only: tokens come from the first instance's sign-in, and are good on every instance.
        try {
            // Each instance has a management port of its own, as each container has.
            instanceEnvironment.put("SILTA_MANAGEMENT_PORT", Integer.toString(KeycloakServer.freePort()));
            instanceEnvironment.putAll(overrides);
            int port = KeycloakServer.freePort();
            PackagedSilta instance = PackagedSilta.start(project, work.resolve(name), port, instanceEnvironment);
            others.add(instance);
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException("Instance " + name + " did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting instance " + name, e);
        }
    }

    /** Where the database and the search engine answer, with the schema owner's credentials for checks. */
    public LocalStack.Addresses services() {
        return services;
    }

    private void stop() {
        synchronized (this) {
            others.forEach(PackagedSilta::close);
        }
        silta.close();
        keycloak.close();
        try {
            mail.close();
        } catch (IOException e) {
            // the JVM is exiting
        }
    }

    public String siltaUrl() {
        return silta.url();
    }

    /** The management port's address (metrics), which a deployment does not publish. */
    public String managementUrl() {
        return managementUrl;
    }

    /** The environment the deployed application was started with, for starting another one beside it. */
    Map<String, String> environment() {
        return environment;
    }

    /** Points REST Assured at the deployed application. */
    public ProductionStack restAssured() {
        URI uri = URI.create(silta.url());
        RestAssured.baseURI = uri.getScheme() + "://" + uri.getHost();
        RestAssured.port = uri.getPort();
        return this;
    }

    /** Everything Silta has written to its log so far. */
    public String siltaLog() {
        return silta.logText();
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    public List<String> mail() {
        return mail.messages();
    }

    /** A browser that signs in through Keycloak's own login page. */
    public KeycloakBrowser browser() {
        return new KeycloakBrowser(silta.url(), keycloak);
    }

    /** An access token issued to Silta for a test user, obtained through the authorization-code flow with PKCE. */
    public String accessToken(String username) {
        return browser().accessToken(username);
    }

    /** The password of a test user of {@code production/silta-users-0.json}. */
    static String password(String username) {
        return username + "-salasana";
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
