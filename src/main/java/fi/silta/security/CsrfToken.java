package fi.silta.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The anti-forgery token of this browser, for forms: a random value kept in an HttpOnly cookie and repeated
 * in a hidden field of every form (double submit). Another site can make a browser post a form, but cannot
 * read the cookie to put the same value in the field. {@link CsrfFilter} compares the two.
 */
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "silta_csrf";
    public static final String FIELD = "csrf-token";
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String value;

    CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    /** The token for the forms of this page; a browser without one gets a new one in a cookie. */
    public String value() {
        if (value == null) {
            Cookie existing = routing.request().getCookie(COOKIE);
            if (existing != null && FORMAT.matcher(existing.getValue()).matches()) {
                value = existing.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX).setSecure(routing.request().isSSL()));
            }
        }
        return value;
    }
}
