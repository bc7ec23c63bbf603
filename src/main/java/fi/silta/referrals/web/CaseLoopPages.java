package fi.silta.referrals.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.CasePlanService;
import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.api.ConsentInput;
import fi.silta.referrals.api.NextStepInput;
import fi.silta.security.Role;

/**
 * The case page's loop forms: a consent given or withdrawn, the next step planned. Each answers with the case page
 * again, at its section; a value the rules refuse leaves the case as it was.
 */
@Path("/staff/referrals/{id: [0-9]+}/loop")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
class CaseLoopPages {

    private final CasePlanService plans;

    CaseLoopPages(CasePlanService plans) {
        this.plans = plans;
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@RestPath long id, @RestForm ConsentRecipient recipient, @RestForm boolean given) {
        if (recipient == null) {
            return back(id, "consents", "invalid");
        }
        if (plans.changeConsent(id, new ConsentInput(recipient, given)) == null) {
            // The link-person recorded the withdrawal of their own consent: the case has left their caseload.
            return Response.seeOther(URI.create("/staff/referrals")).build();
        }
        return back(id, "consents", null);
    }

    @POST
    @Path("next-step")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nextStep(@RestPath long id, @RestForm CaseStep step, @RestForm String dueOn) {
        LocalDate due;
        try {
            due = dueOn == null ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            due = null;
        }
        if (step == null || due == null) {
            return back(id, "next-step", "invalid");
        }
        try {
            plans.planNextStep(id, new NextStepInput(step, due));
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return back(id, "next-step", "invalid");
        }
        return back(id, "next-step", null);
    }

    private static Response back(long id, String section, String problem) {
        return Response.seeOther(URI.create("/staff/referrals/" + id + (problem == null ? "" : "?loop=" + problem)
                + "#" + section)).build();
    }
}
