package fi.silta.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import fi.silta.common.problem.ProblemException;

/**
 * Refuses a form post to a page whose anti-forgery field does not match the browser's {@link CsrfToken}
 * cookie. Form bodies are what browsers send cross-site with the user's cookies; the API under /api takes a
 * bearer token instead, which another site cannot make a browser send, and is not checked.
 */
public class CsrfFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(readBody = true)
    public void verify(ResteasyReactiveContainerRequestContext request) {
        // The API authenticates by bearer token only, which another site cannot make a browser send.
        if (!UNSAFE.contains(request.getMethod()) || !isForm(request.getMediaType())
                || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        String submitted = field instanceof List<?> list ? (list.isEmpty() ? null : String.valueOf(list.get(0)))
                : field == null ? null : String.valueOf(field);
        if (cookie == null || submitted == null || !CsrfToken.FORMAT.matcher(cookie.getValue()).matches()
                || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                        submitted.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemException(403, "form-expired", "Form expired",
                    "The form was not sent from this site or has expired; reload the page and send it again",
                    List.of());
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
