package fi.silta.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.PageContext;
import fi.silta.publishing.OrganisationListingService;
import fi.silta.publishing.PlaceService;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.web.PublisherViews.Choices;
import fi.silta.publishing.web.PublisherViews.Form;
import fi.silta.security.Role;

/** A publisher adds and edits the places where their organisation holds its activities. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class PlacePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance place(Chrome chrome, long organisationId, Form form, ErrorSummary summary,
                Choices choices);
    }

    private final PageContext page;
    private final PlaceService places;
    private final OrganisationListingService listings;
    private final ActivityEditorView view;
    private final FormChoices choices;

    PlacePages(PageContext page, PlaceService places, OrganisationListingService listings, ActivityEditorView view,
            FormChoices choices) {
        this.page = page;
        this.places = places;
        this.listings = listings;
        this.view = view;
        this.choices = choices;
    }

    @GET
    @Path("organisations/{id}/places/new")
    public TemplateInstance newPlace(@PathParam("id") long organisationId) {
        listings.organisation(organisationId, page.language());
        Form form = new Form(newAction(organisationId), Map.of("version", "0"), Map.of(), List.of());
        return render(view.text().place_new(), organisationId, form);
    }

    @POST
    @Path("organisations/{id}/places")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPlace(@PathParam("id") long organisationId, @BeanParam PlaceForm form) {
        PlaceInput input = form.toInput();
        FieldMessages problems = checked(form, input);
        if (problems.isEmpty()) {
            try {
                places.createPlace(organisationId, input, page.language());
                return ActivityEditorView.seeOther("/staff/organisations/" + organisationId);
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                problems.add(e.errors());
            }
        }
        listings.organisation(organisationId, page.language());
        Form again = new Form(newAction(organisationId), form.values(), problems.errors(),
                List.of(view.text().form_has_errors()));
        return Response.status(400).entity(render(view.text().place_new(), organisationId, again)).build();
    }

    @GET
    @Path("places/{id}")
    public TemplateInstance place(@PathParam("id") long id) {
        PlaceView place = places.place(id, page.language());
        return render(place.label(), places.placeOrganisation(id), formOf(place));
    }

    @POST
    @Path("places/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlace(@PathParam("id") long id, @BeanParam PlaceForm form) {
        long organisationId = places.placeOrganisation(id);
        PlaceInput input = form.toInput();
        FieldMessages problems = checked(form, input);
        ProblemException refusal = null;
        if (problems.isEmpty()) {
            try {
                places.updatePlace(id, input, page.language());
                return ActivityEditorView.seeOther("/staff/organisations/" + organisationId);
            } catch (ProblemException e) {
                if (e.status() != 400 && e.status() != 409) {
                    throw e;
                }
                refusal = e;
                problems.add(e.errors());
            }
        }
        PlaceView current = places.place(id, page.language());
        Map<String, String> values = form.values();
        String notice = view.text().form_has_errors();
        if (refusal != null && refusal.status() == 409) {
            values.put("version", String.valueOf(current.version()));
            notice = view.text().edit_conflict_place();
        }
        Form again = new Form("/staff/places/" + id, values, problems.errors(), List.of(notice));
        return Response.status(refusal == null ? 400 : refusal.status())
                .entity(render(current.label(), organisationId, again)).build();
    }

    private TemplateInstance render(String title, long organisationId, Form form) {
        return Templates.place(page.staffChrome(title), organisationId, form, view.summary(form),
                choices.of(organisationId))
                .setLocale(page.locale());
    }

    private FieldMessages checked(PlaceForm form, PlaceInput input) {
        return view.check(form, input).instead("postalCode", view.text().error_postal_code());
    }

    private static Form formOf(PlaceView place) {
        PlaceInput f = place.fields();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(place.version()));
        putIfPresent(values, "name.fi", f.name().fi());
        putIfPresent(values, "name.sv", f.name().sv());
        putIfPresent(values, "name.en", f.name().en());
        putIfPresent(values, "streetAddress", f.streetAddress());
        putIfPresent(values, "postalCode", f.postalCode());
        putIfPresent(values, "municipality", f.municipality());
        putIfPresent(values, "latitude", f.latitude());
        putIfPresent(values, "longitude", f.longitude());
        values.put("accessibility", String.join(",", f.accessibility().stream().map(Enum::name).toList()));
        values.put("addressConfidential", f.addressConfidential() ? "on" : "");
        return new Form("/staff/places/" + place.id(), values, Map.of(), List.of());
    }

    private static void putIfPresent(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, String.valueOf(value));
        }
    }

    private static String newAction(long organisationId) {
        return "/staff/organisations/" + organisationId + "/places";
    }
}
