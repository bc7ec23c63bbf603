package fi.silta.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import fi.silta.common.problem.Problem;

/**
 * Slows down automated writes from anonymous visitors: each {@link Throttled} endpoint counts them per client
 * address (behind the proxy, the address it forwards) and overall, and answers 429 with Retry-After beyond the
 * limits of {@code silta.security.anonymous-writes}. Signed-in staff are not counted. The counts are kept per
 * instance; a deployment of several instances sets the limits per instance or puts a limit in its proxy.
 * Application-scoped, so that it is created on the first request, once the run-time settings are read.
 */
@ApplicationScoped
class AnonymousWriteThrottle {

    private final WriteWindows windows;
    private final Clock clock;

    AnonymousWriteThrottle(SecurityConfig config, Clock clock) {
        SecurityConfig.AnonymousWrites limits = config.anonymousWrites();
        this.windows = new WriteWindows(limits.perAddress(), limits.overall(), limits.window());
        this.clock = clock;
    }

    @Throttled
    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return null;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        Optional<Duration> wait = windows.take(address, clock.instant());
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.typeOf("too-many-requests"), "Too many requests", 429,
                        "Too many requests from here; try again in " + seconds + " seconds",
                        request.getUriInfo().getPath(), "too-many-requests", List.of()))
                .build();
    }
}
