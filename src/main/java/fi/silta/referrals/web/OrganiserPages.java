package fi.silta.referrals.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.PlaceMessages;
import fi.silta.referrals.PlaceService;
import fi.silta.referrals.ReferralActivities;
import fi.silta.referrals.SessionTimes;
import fi.silta.referrals.api.AttendanceInput;
import fi.silta.referrals.api.CheckInInput;
import fi.silta.referrals.api.OrganiserSession;
import fi.silta.security.Role;

/**
 * The organiser's view of referred participants: for each session to come, the places held in it and, when the
 * client consented to the organiser, their first name and whether a companion or an interpreter comes; a mark of
 * who came, and the check-in code from the client's sheet.
 */
@Path("/staff/organiser")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class OrganiserPages {

    /** One session as the page shows it. */
    record Session(String title, String when, int heldPlaces, List<OrganiserSession.Participant> participants) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(Chrome chrome, List<Session> sessions, Form code, String notice);
    }

    private static final String PATH = "/staff/organiser";

    private final PageContext page;
    private final PlaceService places;
    private final ReferralActivities activities;

    OrganiserPages(PageContext page, PlaceService places, ReferralActivities activities) {
        this.page = page;
        this.places = places;
        this.activities = activities;
    }

    @GET
    public TemplateInstance sessions(@QueryParam("done") String done) {
        PlaceMessages text = text();
        String notice = "checked-in".equals(done) ? text.organiser_code_recorded()
                : "marked".equals(done) ? text.organiser_saved() : null;
        return render(Form.fresh(PATH + "/check-in", Map.of()), notice);
    }

    @POST
    @Path("places/{id: [0-9]+}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@RestPath long id, @RestForm boolean attended) {
        places.markAttendance(id, new AttendanceInput(attended));
        return Response.seeOther(URI.create(PATH + "?done=marked")).build();
    }

    @POST
    @Path("check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@RestForm String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty() || typed.length() > 32 || !typed.matches("[0-9A-Za-z -]*")) {
            return refused(typed);
        }
        try {
            places.checkIn(new CheckInInput(typed), true);
            return Response.seeOther(URI.create(PATH + "?done=checked-in")).build();
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return refused(typed);
        }
    }

    private Response refused(String typed) {
        PlaceMessages text = text();
        Form form = Form.refused(PATH + "/check-in", Map.of("code", typed), Map.of("code", text.organiser_code_invalid()),
                null);
        return Response.status(400).entity(render(form, null)).build();
    }

    private TemplateInstance render(Form code, String notice) {
        Language language = page.language();
        List<Session> sessions = places.organiserSessions().stream()
                .map(s -> new Session(activities.title(s.activityId(), language),
                        SessionTimes.format(s.start(), s.end(), language), s.heldPlaces(), s.participants()))
                .toList();
        return Templates.sessions(page.staffChrome(text().organiser_title()), sessions, code, notice)
                .setLocale(page.locale());
    }

    private PlaceMessages text() {
        return page.messages(PlaceMessages.class);
    }
}
