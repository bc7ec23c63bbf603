package fi.silta.common.web;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.problem.Problem;

/**
 * A page that fails answers a browser with an HTML page in the user's language, not the API's problem JSON:
 * the same status, a plain explanation and a way on. The API, and programs that do not ask for HTML, keep
 * the problem details.
 */
class PageErrors {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Chrome chrome, String heading, String text);
    }

    /** Whether the refused user is the admin, to whom "ask the admin" would be no help. */
    private static boolean admin() {
        return Arc.container().requestContext().isActive() && Arc.container().instance(PageContext.class).get().admin();
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        // Browsers ask for HTML; programs calling a page address keep the problem details they can read.
        if (path.startsWith("/api/") || path.startsWith("/q/") || accept == null || !accept.contains("text/html")
                || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        var cookie = request.getCookies().get(PageContext.COOKIE);
        Language language = PageContext.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                cookie == null ? null : cookie.getValue(), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        PageMessages msg = MessageBundles.get(PageMessages.class, Localized.Literal.of(language.code()));
        String heading;
        String text;
        switch (problem.status()) {
            case 403 -> {
                boolean expired = "form-expired".equals(problem.code());
                heading = expired ? msg.error_form_expired_title() : msg.error_forbidden_title();
                text = expired ? msg.error_form_expired_text()
                        : admin() ? msg.error_forbidden_admin_text() : msg.error_forbidden_text();
            }
            case 404 -> {
                heading = msg.not_found_title();
                text = msg.not_found_text();
            }
            case 429 -> {
                heading = msg.error_too_many_title();
                text = msg.error_too_many_text();
            }
            default -> {
                heading = msg.error_general_title();
                text = problem.status() >= 500 ? msg.error_server_text() : msg.error_general_text();
            }
        }
        Chrome chrome;
        if (path.startsWith("/staff") && Arc.container().requestContext().isActive()) {
            chrome = Arc.container().instance(PageContext.class).get().staffChrome(heading);
        } else {
            chrome = new Chrome(language.code(), heading, List.of(), false);
        }
        String html = Templates.error(chrome, heading, text).setLocale(language.locale()).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
