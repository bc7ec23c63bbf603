package fi.silta.services.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.services.ServiceCatalogueService;
import fi.silta.services.api.ServiceDetail;

/**
 * The public page of one service. It never shows what the organisation tells professionals only
 * ({@link StaffServicePages} does). An unknown, draft or malformed id answers "not found".
 */
@Path("/services")
@Produces(MediaType.TEXT_HTML)
class ServicePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance service(Chrome chrome, ServiceDetail service);

        static native TemplateInstance notFound(Chrome chrome);
    }

    private final ServiceCatalogueService services;
    private final PageContext context;

    ServicePages(ServiceCatalogueService services, PageContext context) {
        this.services = services;
        this.context = context;
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response service(@PathParam("id") String id) {
        ServiceDetail detail;
        try {
            detail = services.get(Long.parseLong(id), context.language());
        } catch (NumberFormatException | ProblemException e) {
            return notFound();
        }
        return page(Response.ok(), Templates.service(context.chrome(detail.name()), detail));
    }

    private Response notFound() {
        String title = context.messages(PageMessages.class).not_found_title();
        return page(Response.status(404), Templates.notFound(context.chrome(title)));
    }

    private Response page(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(context.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
