package fi.silta.publishing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.PageContext;
import fi.silta.publishing.ActivityEditingService;
import fi.silta.publishing.OrganisationListingService;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.web.PublisherViews.ActivityPage;
import fi.silta.publishing.web.PublisherViews.Choices;
import fi.silta.publishing.web.PublisherViews.Form;
import fi.silta.publishing.web.PublisherViews.Preview;
import fi.silta.security.Role;

/**
 * The activity editor: a new activity, an activity's form, the buttons that take it through its life, and the
 * preview of what residents will see. Plain forms, each with the anti-forgery token; every change goes through
 * {@link ActivityEditingService}, which checks the organisation and the version.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class ActivityEditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activity(Chrome chrome, ActivityPage page, Choices choices);

        static native TemplateInstance preview(Chrome chrome, Preview preview);
    }

    private final PageContext page;
    private final ActivityEditingService editing;
    private final OrganisationListingService listings;
    private final ActivityEditorView view;
    private final ActivityPreviewView previews;

    ActivityEditorPages(PageContext page, ActivityEditingService editing, OrganisationListingService listings,
            ActivityEditorView view, ActivityPreviewView previews) {
        this.page = page;
        this.editing = editing;
        this.listings = listings;
        this.view = view;
        this.previews = previews;
    }

    @GET
    @Path("organisations/{id}/activities/new")
    public Response newActivity(@PathParam("id") long organisationId, @RestQuery("copyOf") Long copyOf) {
        OrganisationOverview organisation = listings.organisation(organisationId, page.language());
        Map<String, String> values = new LinkedHashMap<>();
        if (copyOf != null) {
            // A copy starts from every field of an activity the user may edit; its dates are added anew.
            ActivityEdit original = editing.get(copyOf, page.language());
            if (original.organisationId() != organisationId) {
                throw new NotFoundException();
            }
            values.putAll(view.formOf(original).values());
        } else {
            values.put("registration", RegistrationPolicy.NONE.name());
            values.put("languages", page.language().code());
        }
        values.put("version", "0");
        return view.newPage(organisation, new Form(newAction(organisationId), values, Map.of(), List.of()), 200);
    }

    @POST
    @Path("organisations/{id}/activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createActivity(@PathParam("id") long organisationId, @BeanParam ActivityForm form) {
        ActivityInput input = form.toInput();
        FieldMessages problems = checked(form, input);
        if (problems.isEmpty()) {
            try {
                ActivityEdit created = editing.create(organisationId, input, page.language());
                return Done.CREATED.redirect("/staff/activities/" + created.id());
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                problems.add(e.errors());
            }
        }
        OrganisationOverview organisation = listings.organisation(organisationId, page.language());
        Form again = new Form(newAction(organisationId), form.values(), problems.errors(),
                List.of(view.text().form_has_errors()));
        return view.newPage(organisation, again, 400);
    }

    @GET
    @Path("activities/{id}")
    public TemplateInstance activity(@PathParam("id") long id, @RestQuery(Done.PARAMETER) String done) {
        return view.page(editing.get(id, page.language()), Done.of(done).orElse(null));
    }

    @POST
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveActivity(@PathParam("id") long id, @BeanParam ActivityForm form) {
        ActivityInput input = form.toInput();
        FieldMessages problems = checked(form, input);
        ProblemException refusal = null;
        if (problems.isEmpty()) {
            try {
                editing.update(id, input, page.language());
                return Done.SAVED.redirect("/staff/activities/" + id);
            } catch (ProblemException e) {
                if (e.status() != 400 && e.status() != 409) {
                    throw e;
                }
                refusal = e;
                problems.add(e.errors());
            }
        }
        ActivityEdit current = editing.get(id, page.language());
        Map<String, String> values = form.values();
        List<String> notices = new ArrayList<>();
        if (refusal != null && "edit-conflict".equals(refusal.code())) {
            // The user's text stays in the form; saving again now knowingly replaces the other change.
            values.put("version", String.valueOf(current.version()));
        }
        notices.add(refusal == null || refusal.status() == 400 ? view.text().form_has_errors()
                : view.notice(refusal, current));
        Form again = new Form("/staff/activities/" + id, values, problems.errors(), notices);
        return view.page(current, again, view.emptyScheduleForm(current), refusal == null ? 400 : refusal.status());
    }

    @POST
    @Path("activities/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id, @BeanParam VersionForm form) {
        return view.action(id, form, Done.PUBLISHED, "", version -> editing.publish(id, version, page.language()));
    }

    @POST
    @Path("activities/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id, @BeanParam VersionForm form) {
        return view.action(id, form, Done.ARCHIVED, "", version -> editing.archive(id, version, page.language()));
    }

    @POST
    @Path("activities/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id, @BeanParam VersionForm form) {
        return view.action(id, form, Done.CONFIRMED, "",
                version -> editing.confirmAccurate(id, version, page.language()));
    }

    @GET
    @Path("activities/{id}/preview")
    public TemplateInstance preview(@PathParam("id") long id) {
        Preview preview = previews.of(editing.preview(id, page.language()));
        return Templates.preview(page.staffChrome(view.text().preview_title(preview.activity().title())), preview)
                .setLocale(page.locale());
    }

    /** The messages of a form's unreadable fields and of the input's broken constraints. */
    private FieldMessages checked(ActivityForm form, ActivityInput input) {
        return view.check(form, input).instead("languages", view.text().error_invalid_choice());
    }

    private static String newAction(long organisationId) {
        return "/staff/organisations/" + organisationId + "/activities";
    }
}
