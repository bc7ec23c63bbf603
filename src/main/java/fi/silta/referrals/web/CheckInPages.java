package fi.silta.referrals.web;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import fi.silta.referrals.api.CheckInInput;
import fi.silta.referrals.api.CheckInResult;

/**
 * The client's own check-in: the QR code on their sheet opens this page, which names the session (never the
 * client) and records attendance with one press. Opening the page changes nothing, so a link preview cannot check
 * anyone in.
 */
@Path("/check-in/{code: [0-9A-Za-z-]{1,32}}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class CheckInPages {

    /** What the page shows: the session, whether the code may be used, and whether it just was. */
    record CheckIn(String code, String activity, String when, boolean open, boolean done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Chrome chrome, CheckIn checkIn);
    }

    private final PageContext page;
    private final PlaceService places;
    private final ReferralActivities activities;

    CheckInPages(PageContext page, PlaceService places, ReferralActivities activities) {
        this.page = page;
        this.places = places;
        this.activities = activities;
    }

    @GET
    public TemplateInstance show(@RestPath String code) {
        Optional<CheckInResult> open = places.openCheckIn(code);
        return render(open.map(r -> view(code, r, true, false)).orElse(new CheckIn(code, "", "", false, false)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@RestPath String code) {
        try {
            CheckInResult result = places.checkIn(new CheckInInput(code), false);
            return Response.ok(render(view(code, result, false, true))).build();
        } catch (ProblemException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            return Response.status(409).entity(render(new CheckIn(code, "", "", false, false))).build();
        }
    }

    private CheckIn view(String code, CheckInResult result, boolean open, boolean done) {
        Language language = page.language();
        return new CheckIn(code, activities.title(result.activityId(), language),
                SessionTimes.format(result.start(), result.start(), language), open, done);
    }

    private TemplateInstance render(CheckIn checkIn) {
        return Templates.page(page.chrome(page.messages(PlaceMessages.class).checkin_title()), checkIn)
                .setLocale(page.locale());
    }
}
