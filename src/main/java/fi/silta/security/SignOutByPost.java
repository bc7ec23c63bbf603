package fi.silta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing out takes a POST, the staff bar's button. The identity provider's sign-out is started by any request to
 * the sign-out address, so without this a link or an image on any page could sign a user out. A GET of it goes to
 * the staff home, where the button is, before the sign-in mechanism sees it.
 */
@ApplicationScoped
class SignOutByPost {

    /** Runs before authentication, whose filter has priority 200. */
    private static final int BEFORE_AUTHENTICATION = 250;

    private final String path;

    SignOutByPost(@ConfigProperty(name = "quarkus.oidc.web.logout.path") String path) {
        this.path = path;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, BEFORE_AUTHENTICATION);
    }

    private void handle(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST && path.equals(context.request().path())) {
            context.response().setStatusCode(303).putHeader("Location", "/staff").putHeader("Cache-Control", "no-store")
                    .end();
        } else {
            context.next();
        }
    }
}
