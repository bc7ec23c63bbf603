package fi.silta.production;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser without scripts, with its own cookies: it follows Silta to Keycloak's login page, fills in the form
 * as a person would, and comes back signed in. Redirects are followed one by one, so a test can look at each.
 */
public final class KeycloakBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String siltaUrl;
    private final KeycloakServer keycloak;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastUsername;

    KeycloakBrowser(String siltaUrl, KeycloakServer keycloak) {
        this.siltaUrl = siltaUrl;
        this.keycloak = keycloak;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Opens {@code /staff}, is sent to Keycloak, signs in there and follows the way back; answers the last page. */
    public HttpResponse<String> signIn(String username) {
        HttpResponse<String> loginPage = follow(get(siltaUrl + "/staff"));
        if (!loginPage.uri().toString().startsWith(keycloak.url())) {
            throw new IllegalStateException("Silta did not send the browser to Keycloak: " + loginPage.uri());
        }
        HttpResponse<String> back = submitLogin(loginPage, username);
        lastUsername = username;
        return follow(back);
    }

    /** The sign-out button of the staff pages (a POST), followed to its end. */
    public HttpResponse<String> signOut() {
        return follow(post(siltaUrl + "/staff/logout", Map.of()));
    }

    public String username() {
        return lastUsername;
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(absolute(url))).header("Accept", "text/html").GET().build());
    }

    /** Posts a form as a browser does (URL-encoded fields). */
    public HttpResponse<String> post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(absolute(url))).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** Follows redirects from {@code response} to the first page that is not one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 15 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    /**
     * An access token Keycloak issues to Silta's client for this user: the authorization-code flow with PKCE,
     * as Silta's own sign-in runs it, the code exchanged with the client's credentials.
     */
    String accessToken(String username) {
        String verifier = random(48);
        String redirect = siltaUrl + "/staff/token-for-tests";
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + KeycloakServer.CLIENT_ID + "&redirect_uri=" + url(redirect) + "&state=" + random(16)
                + "&code_challenge_method=S256&code_challenge=" + challenge(verifier);
        HttpResponse<String> back = submitLogin(follow(get(authorize)), username);
        String location = back.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Keycloak did not send the code back: " + back.body()));
        String code = query(URI.create(location)).get("code");
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", redirect);
        exchange.put("client_id", KeycloakServer.CLIENT_ID);
        exchange.put("client_secret", KeycloakServer.CLIENT_SECRET);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(exchange))).build());
        try {
            return JSON.readTree(tokens.body()).get("access_token").asText();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("No access token: " + tokens.statusCode() + " " + tokens.body(), e);
        }
    }

    private HttpResponse<String> submitLogin(HttpResponse<String> loginPage, String username) {
        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).selectFirst("form#kc-form-login");
        if (form == null) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        fields.put("username", username);
        fields.put("password", ProductionStack.password(username));
        HttpResponse<String> answer = post(form.absUrl("action"), fields);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Keycloak refused the sign-in of " + username + ": " + answer.statusCode());
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            keep(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the cookies a response sets. Silta and Keycloak both run on 127.0.0.1, as a browser on the same
     * machine would see them; Keycloak marks its cookies Secure, which browsers accept from a loopback address
     * but Java's cookie store does not, so this browser keeps its cookies itself.
     */
    private void keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = value.isEmpty();
            for (String attribute : parts) {
                String a = attribute.strip().toLowerCase(Locale.ROOT);
                if (a.equals("max-age=0") || a.startsWith("expires=thu, 01 jan 1970")
                        || a.startsWith("expires=thu, 01-jan-1970")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private String absolute(String url) {
        return url.startsWith("http") ? url : siltaUrl + url;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> url(e.getKey()) + "=" + url(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
