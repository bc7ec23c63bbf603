package fi.silta.services.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import fi.silta.security.Role;
import fi.silta.services.ServiceCatalogueService;
import fi.silta.services.ServiceFormService;
import fi.silta.services.ServiceMessages;
import fi.silta.services.api.PublisherOrganisation;
import fi.silta.services.api.ServiceForProfessionals;

/**
 * One service for signed-in staff of any role and partner organisations' members: what residents read and what the
 * organisation tells professionals only ({@link ServiceCatalogueService#forProfessionals} holds the rule). An
 * unknown, draft or malformed id answers "not found". Publishers also find here the organisations whose services
 * they keep ({@link ServiceEditorPages}).
 */
@Path("/staff/services")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR, Role.PUBLISHER, Role.ADMIN, Role.ANALYST,
        Role.TASK_HOST, Role.VETTER })
class StaffServicePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance professional(Chrome chrome, ServiceForProfessionals view);

        static native TemplateInstance notFound(Chrome chrome);

        static native TemplateInstance organisations(Chrome chrome, List<PublisherOrganisation> organisations);
    }

    private final ServiceCatalogueService services;
    private final ServiceFormService forms;
    private final PageContext context;

    StaffServicePages(ServiceCatalogueService services, ServiceFormService forms, PageContext context) {
        this.services = services;
        this.forms = forms;
        this.context = context;
    }

    /** The organisations whose services the publisher keeps (every one, for an admin). */
    @GET
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public Response organisations() {
        String title = context.messages(ServiceMessages.class).editor_organisations_title();
        return page(Response.ok(), Templates.organisations(context.staffChrome(title),
                forms.myOrganisations(context.language())));
    }

    @GET
    @Path("{id}")
    public Response professional(@PathParam("id") String id) {
        ServiceForProfessionals view;
        try {
            view = services.forProfessionals(Long.parseLong(id), context.language());
        } catch (NumberFormatException | ProblemException e) {
            return notFound();
        }
        return page(Response.ok(), Templates.professional(context.staffChrome(view.service().name()), view));
    }

    private Response notFound() {
        String title = context.messages(PageMessages.class).not_found_title();
        return page(Response.status(404), Templates.notFound(context.staffChrome(title)));
    }

    private Response page(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(context.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
