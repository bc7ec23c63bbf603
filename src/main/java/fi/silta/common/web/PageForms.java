package fi.silta.common.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;

/**
 * Pages take forms and nothing else. quarkus-rest-csrf compares the anti-forgery token of every form post
 * with the browser's signed cookie, but lets through unsafe requests that are not forms, because the API
 * takes JSON with bearer tokens, which another site cannot make a browser send. A browser can be made to
 * post to a page without a body or a Content-Type, though; so an unsafe request to a page that is not a
 * form is refused here before anything else runs, and the extension's bare 400 for a missing or wrong token
 * becomes the 403 "form expired" that every page explains in the user's language.
 */
public class PageForms {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(preMatching = true)
    public void onlyForms(ContainerRequestContext request) {
        if (unsafePageRequest(request) && !isForm(request.getMediaType())) {
            throw expired();
        }
        // The API takes no forms. HTTP libraries label a body-less call (an approval, a run) as a form, and
        // the token check would refuse it for lacking a form token that a bearer-token client cannot have.
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") && isForm(request.getMediaType())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void tokenRefused(ContainerRequestContext request, ContainerResponseContext response) {
        // Page handlers always answer with a body; an empty 400 to a page form is the token check's refusal.
        if (response.getStatus() == 400 && !response.hasEntity() && unsafePageRequest(request)) {
            ProblemException e = expired();
            response.setStatus(403);
            response.setEntity(new Problem(Problem.typeOf(e.code()), e.title(), 403, e.getMessage(),
                    request.getUriInfo().getPath(), e.code(), List.of()), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static boolean unsafePageRequest(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // The FHIR view is an API too (bearer tokens, no forms): a write there is answered as FHIR, not as a form.
        return UNSAFE.contains(request.getMethod()) && !path.startsWith("/api/") && !path.startsWith("/q/")
                && !path.startsWith("/fhir/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static ProblemException expired() {
        return new ProblemException(403, "form-expired", "Form expired",
                "The form was not sent from this site or has expired; reload the page and send it again", List.of());
    }
}
