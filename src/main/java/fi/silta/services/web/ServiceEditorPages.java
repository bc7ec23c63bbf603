package fi.silta.services.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.FormText;
import fi.silta.common.web.PageContext;
import fi.silta.security.Role;
import fi.silta.services.ServiceEditingService;
import fi.silta.services.ServiceStatus;
import fi.silta.services.api.OrganisationServices;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ServiceChoices;
import fi.silta.services.api.ServiceEdit;
import fi.silta.services.api.ServiceInput;
import fi.silta.services.api.ServiceSheet;
import fi.silta.services.web.EditorViews.Form;
import fi.silta.services.web.EditorViews.OrganisationPage;
import fi.silta.services.web.EditorViews.ServicePage;

/**
 * The publishers' pages of an organisation's ongoing services: the list with the organisation's notes for
 * professionals, a new service, a service's form and the buttons that publish and archive it. Plain forms, each with
 * the anti-forgery token; every change goes through {@link ServiceEditingService}, which checks the organisation
 * and the version and writes the change trail. A service of another organisation answers 403, one under another
 * organisation's address 404.
 */
@Path("/staff/organisations/{organisation: [0-9]+}/services")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class ServiceEditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance services(Chrome chrome, OrganisationPage page);

        static native TemplateInstance service(Chrome chrome, ServicePage page, ServiceChoices choices);
    }

    private final PageContext page;
    private final ServiceEditingService editing;
    private final ServiceEditorView view;
    private final Validator validator;

    ServiceEditorPages(PageContext page, ServiceEditingService editing, ServiceEditorView view, Validator validator) {
        this.page = page;
        this.editing = editing;
        this.view = view;
        this.validator = validator;
    }

    @GET
    public Response services(@PathParam("organisation") long organisationId, @RestQuery(Done.PARAMETER) String done) {
        OrganisationServices organisation = editing.organisation(organisationId, page.language());
        Map<String, String> values = ServiceEditorView.professional(new LinkedHashMap<>(), organisation.notes());
        Form notes = view.form(notesAction(organisationId), values, Map.of(), List.of());
        return organisationPage(organisation, notes, Done.of(done).orElse(null), 200);
    }

    @POST
    @Path("professional-info")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNotes(@PathParam("organisation") long organisationId, @BeanParam ProfessionalForm form) {
        ProfessionalInput input = form.toInput();
        Map<String, String> errors = new LinkedHashMap<>();
        view.add(errors, validator.validate(input), "professional.");
        if (errors.isEmpty()) {
            editing.writeOrganisationNotes(organisationId, input);
            return Done.SAVED.redirect(ServiceEditorView.newAction(organisationId) + "#professional");
        }
        OrganisationServices organisation = editing.organisation(organisationId, page.language());
        Form notes = view.form(notesAction(organisationId), form.values(), errors,
                List.of(view.text().form_has_errors()));
        return organisationPage(organisation, notes, null, 400);
    }

    @GET
    @Path("new")
    public Response newService(@PathParam("organisation") long organisationId) {
        OrganisationServices organisation = editing.organisation(organisationId, page.language());
        return view.newPage(organisationId, organisation.name(), view.blank(organisationId), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("organisation") long organisationId, @BeanParam ServiceForm form) {
        ServiceInput input = form.toInput(form.publishAtOnce());
        Map<String, String> errors = view.check(form.unreadable(), input);
        if (errors.isEmpty()) {
            try {
                ServiceEdit created = editing.create(organisationId, input, page.language());
                return Done.CREATED.redirect(ServiceEditorView.action(organisationId, created.id()));
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                view.add(errors, e.errors());
            }
        }
        OrganisationServices organisation = editing.organisation(organisationId, page.language());
        Form again = view.form(ServiceEditorView.newAction(organisationId), form.values(), errors,
                List.of(view.text().form_has_errors()));
        return view.newPage(organisationId, organisation.name(), again, 400);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response service(@PathParam("organisation") long organisationId, @PathParam("id") long id,
            @RestQuery(Done.PARAMETER) String done) {
        ServiceSheet sheet = sheet(organisationId, id);
        return view.page(sheet, view.formOf(sheet), Done.of(done).orElse(null), 200);
    }

    @POST
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("organisation") long organisationId, @PathParam("id") long id,
            @BeanParam ServiceForm form) {
        ServiceSheet current = sheet(organisationId, id);
        // Saving keeps the status: publishing and archiving are buttons of their own.
        ServiceInput input = form.toInput(ServiceStatus.PUBLISHED.name().equals(current.status()));
        Map<String, String> errors = view.check(form.unreadable(), input);
        ProblemException refusal = null;
        if (errors.isEmpty()) {
            try {
                editing.update(id, input, page.language());
                return Done.SAVED.redirect(ServiceEditorView.action(organisationId, id));
            } catch (ProblemException e) {
                if (e.status() != 400 && e.status() != 409) {
                    throw e;
                }
                refusal = e;
                view.add(errors, e.errors());
            }
        }
        current = sheet(organisationId, id);
        Map<String, String> values = form.values();
        List<String> notices = new ArrayList<>();
        if (refusal != null && "edit-conflict".equals(refusal.code())) {
            // The user's text stays in the form; saving again now knowingly replaces the other change.
            values.put("version", String.valueOf(current.version()));
            notices.add(view.text().edit_conflict());
        } else if (refusal != null && refusal.status() == 409) {
            notices.add(view.text().imported_service());
        } else {
            notices.add(view.text().form_has_errors());
        }
        Form again = view.form(ServiceEditorView.action(organisationId, id), values, errors, notices);
        return view.page(current, again, null, refusal == null ? 400 : refusal.status());
    }

    @POST
    @Path("{id: [0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("organisation") long organisationId, @PathParam("id") long id,
            @RestForm String version) {
        return statusChange(organisationId, id, version, Done.PUBLISHED, editing::publish);
    }

    @POST
    @Path("{id: [0-9]+}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("organisation") long organisationId, @PathParam("id") long id,
            @RestForm String version) {
        return statusChange(organisationId, id, version, Done.ARCHIVED, editing::archive);
    }

    private Response statusChange(long organisationId, long id, String version, Done done, StatusChange change) {
        sheet(organisationId, id);
        try {
            change.apply(id, FormText.wholeNumber(version).orElse(null), page.language());
            return done.redirect(ServiceEditorView.action(organisationId, id));
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            // A button has no text to keep: the page as it is now says that it changed meanwhile.
            ServiceSheet current = sheet(organisationId, id);
            Form form = view.form(ServiceEditorView.action(organisationId, id), view.formOf(current).values(),
                    Map.of(), List.of(view.text().edit_conflict()));
            return view.page(current, form, null, 409);
        }
    }

    /** A publishing or archiving change: the service, the version the user saw, the page's language. */
    @FunctionalInterface
    interface StatusChange {
        ServiceSheet apply(long id, Long version, Language language);
    }

    /** The user's service under this organisation's address; a service of another organisation is not here. */
    private ServiceSheet sheet(long organisationId, long id) {
        ServiceSheet sheet = editing.sheet(id, page.language());
        if (sheet.organisationId() != organisationId) {
            throw new NotFoundException();
        }
        return sheet;
    }

    private Response organisationPage(OrganisationServices organisation, Form notes, Done done, int status) {
        TemplateInstance html = Templates
                .services(page.staffChrome(view.text().editor_services_of(organisation.name())),
                        new OrganisationPage(organisation, notes, done))
                .setLocale(page.locale());
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String notesAction(long organisationId) {
        return ServiceEditorView.newAction(organisationId) + "/professional-info";
    }
}
