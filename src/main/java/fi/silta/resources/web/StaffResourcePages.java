package fi.silta.resources.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.resources.DocumentUpload;
import fi.silta.resources.ResourceBankService;
import fi.silta.resources.ResourceEditingService;
import fi.silta.resources.ResourceMessages;
import fi.silta.resources.ResourceStatus;
import fi.silta.resources.api.DocumentFile;
import fi.silta.resources.api.ResourceEdit;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * The resource bank for signed-in staff: both audiences, downloads of material for professionals, and, for
 * publishers (their organisations' resources) and admins (every one, the county's own too), the forms that add,
 * change, publish and archive resources. A refused form is shown again with the message beside each field.
 */
@Path("/staff/resources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR, Role.PUBLISHER, Role.ADMIN, Role.ANALYST,
        Role.TASK_HOST, Role.VETTER })
class StaffResourcePages {

    /** One resource the user keeps, as their list shows it. */
    @TemplateData
    record Kept(long id, String title, String status, String audience) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, Listing.Found found, boolean keeps, List<Kept> kept,
                Done done);

        static native TemplateInstance form(Chrome chrome, ResourceFormPage page);
    }

    private static final String PATH = "/staff/resources";

    private final ResourceBankService bank;
    private final ResourceEditingService editing;
    private final PageContext context;
    private final CurrentUser user;
    private final Validator validator;

    StaffResourcePages(ResourceBankService bank, ResourceEditingService editing, PageContext context, CurrentUser user,
            Validator validator) {
        this.bank = bank;
        this.editing = editing;
        this.context = context;
        this.user = user;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String topic, @RestQuery String audience,
            @RestQuery String page, @RestQuery String done) {
        ResourceMessages text = context.messages(ResourceMessages.class);
        Listing.Found found = Listing.find(bank, PATH, q, topic, audience, page, true, context.language(), text);
        boolean keeps = user.has(Role.PUBLISHER) || user.isAdmin();
        List<Kept> kept = keeps ? editing.kept(context.language()).stream()
                .map(r -> new Kept(r.id(), r.view().title(), text.status(ResourceStatus.valueOf(r.status())),
                        r.view().audience().label()))
                .toList() : List.of();
        return Templates.list(context.staffChrome(text.bank_title()), found, keeps, kept, Done.of(done).orElse(null))
                .setLocale(context.locale());
    }

    @GET
    @Path("{id: [0-9]+}/document")
    @Produces({ "application/pdf", MediaType.TEXT_HTML })
    public Response document(@RestPath long id) {
        DocumentFile file;
        try {
            file = bank.document(id);
        } catch (ProblemException e) {
            return Response.status(404).build();
        }
        return Response.ok(file.content(), "application/pdf").header("Content-Disposition", file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public TemplateInstance newResource() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("topic", "CAREGIVING");
        values.put("audience", "PUBLIC");
        editing.keepers(context.language()).stream().findFirst()
                .ifPresent(k -> values.put("keeper", k.id() == null ? ResourceForm.COUNTY : String.valueOf(k.id())));
        return render(null, new FormView(PATH + "/new", values, Map.of()), List.of(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public Response create(@BeanParam ResourceForm form) {
        Map<String, String> errors = check(form);
        if (!form.keeperChosen()) {
            errors.putIfAbsent("keeper", context.messages(ResourceMessages.class).error_keeper());
        }
        DocumentUpload upload = errors.isEmpty() ? form.upload(editing.maxDocumentSize()) : null;
        if (errors.isEmpty() && upload == null && form.toInput(null).url() == null) {
            errors.put("url", context.messages(ResourceMessages.class).error_link_or_document());
        }
        if (errors.isEmpty()) {
            try {
                ResourceEdit created = editing.create(form.toInput(form.organisationId()), upload, context.language());
                return Done.CREATED.redirect(PATH + "/" + created.id() + "/edit");
            } catch (ProblemException e) {
                return refused(null, form, e, PATH + "/new");
            }
        }
        return page(400, render(null, new FormView(PATH + "/new", form.values(), errors), List.of(), null));
    }

    @GET
    @Path("{id: [0-9]+}/edit")
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public TemplateInstance edit(@RestPath long id, @RestQuery String done) {
        ResourceEdit resource = editing.get(id, context.language());
        return render(resource, new FormView(PATH + "/" + id + "/edit", values(resource), Map.of()), List.of(),
                Done.of(done).orElse(null));
    }

    @POST
    @Path("{id: [0-9]+}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public Response update(@RestPath long id, @BeanParam ResourceForm form) {
        ResourceEdit resource = editing.get(id, context.language());
        String action = PATH + "/" + id + "/edit";
        Map<String, String> errors = check(form);
        if (errors.isEmpty()) {
            try {
                editing.update(id, form.toInput(null), form.upload(editing.maxDocumentSize()), context.language());
                return Done.SAVED.redirect(action);
            } catch (ProblemException e) {
                return refused(resource, form, e, action);
            }
        }
        return page(400, render(resource, new FormView(action, form.values(), errors), List.of(), null));
    }

    @POST
    @Path("{id: [0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public Response publish(@RestPath long id) {
        try {
            editing.publish(id, context.language());
            return Done.PUBLISHED.redirect(PATH + "/" + id + "/edit");
        } catch (ProblemException e) {
            ResourceEdit resource = editing.get(id, context.language());
            return refused(resource, null, e, PATH + "/" + id + "/edit");
        }
    }

    @POST
    @Path("{id: [0-9]+}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
    public Response archive(@RestPath long id) {
        editing.archive(id, context.language());
        return Done.ARCHIVED.redirect(PATH + "/" + id + "/edit");
    }

    /** The form's own rules, as messages beside its fields. */
    private Map<String, String> check(ResourceForm form) {
        Map<String, String> errors = new LinkedHashMap<>(
                FormErrors.of(validator.validate(form), context.messages(PageMessages.class)));
        // A browser sends an empty link field as an empty text, which is no address: it means "no link".
        if (form.linkLeftEmpty()) {
            errors.remove("url");
        }
        if (form.plainHttp()) {
            errors.put("url", context.messages(ResourceMessages.class).error_url_https());
        }
        return errors;
    }

    /** The service's refusal shown beside the fields it names, the form as the user sent it. */
    private Response refused(ResourceEdit resource, ResourceForm form, ProblemException e, String action) {
        ResourceMessages text = context.messages(ResourceMessages.class);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> notices = new ArrayList<>();
        if (e.status() == 409 && e.errors().isEmpty()) {
            notices.add(text.error_conflict());
        }
        for (FieldError error : e.errors()) {
            switch (error.field()) {
                case "document" -> errors.putIfAbsent("document", switch (error.code()) {
                    case "too-large" -> text.error_document_too_large(editing.maxDocumentSize() / (1024 * 1024));
                    case "empty" -> text.error_document_empty();
                    default -> text.error_document_not_pdf();
                });
                case "url" -> errors.putIfAbsent("url",
                        error.code().equals("either") ? text.error_not_both() : text.error_link_or_document());
                case "title" -> errors.putIfAbsent("titleFi", text.error_title_required());
                default -> errors.putIfAbsent("keeper", text.error_keeper());
            }
        }
        if (errors.isEmpty() && notices.isEmpty()) {
            throw e;
        }
        Map<String, String> values = form == null ? values(resource) : form.values();
        int status = e.status() == 413 ? 413 : e.status() == 409 ? 409 : 400;
        return page(status, render(resource, new FormView(action, values, errors), notices, null));
    }

    private TemplateInstance render(ResourceEdit resource, FormView form, List<String> notices, Done done) {
        ResourceMessages text = context.messages(ResourceMessages.class);
        ResourceFormPage page = ResourceFormPage.of(resource, form, notices, done, text,
                resource == null ? editing.keepers(context.language()) : List.of(),
                editing.maxDocumentSize() / (1024 * 1024));
        String title = resource == null ? text.form_new_title() : text.form_edit_title();
        return Templates.form(context.staffChrome(title), page).setLocale(context.locale());
    }

    private static Map<String, String> values(ResourceEdit resource) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(resource.version()));
        values.put("titleFi", resource.title().fi());
        values.put("titleSv", resource.title().sv());
        values.put("titleEn", resource.title().en());
        values.put("descriptionFi", resource.description().fi());
        values.put("descriptionSv", resource.description().sv());
        values.put("descriptionEn", resource.description().en());
        values.put("topic", resource.topic());
        values.put("audience", resource.audience());
        values.put("url", resource.url());
        values.values().removeIf(v -> v == null);
        return values;
    }

    private Response page(int status, TemplateInstance html) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
