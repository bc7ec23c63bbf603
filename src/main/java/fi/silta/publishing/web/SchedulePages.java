package fi.silta.publishing.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Done;
import fi.silta.common.web.PageContext;
import fi.silta.publishing.ActivityEditingService;
import fi.silta.publishing.ScheduleService;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.web.PublisherViews.Form;
import fi.silta.security.Role;

/**
 * The schedule forms of the activity page: add a date or a series, remove one, call off a session or take it
 * back. A refusal shows the activity page again, the schedule form as the user sent it.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class SchedulePages {

    private final PageContext page;
    private final ScheduleService schedules;
    private final ActivityEditingService editing;
    private final ActivityEditorView view;

    SchedulePages(PageContext page, ScheduleService schedules, ActivityEditingService editing,
            ActivityEditorView view) {
        this.page = page;
        this.schedules = schedules;
        this.editing = editing;
        this.view = view;
    }

    @POST
    @Path("activities/{id}/schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSchedule(@PathParam("id") long id, @BeanParam ScheduleForm form) {
        ScheduleInput input = form.toInput();
        FieldMessages problems = view.check(form, input);
        ProblemException refusal = null;
        if (problems.isEmpty()) {
            try {
                schedules.addSchedule(id, input, page.language());
                return Done.ADDED.redirect("/staff/activities/" + id + "#schedules");
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
        values.put("version", String.valueOf(current.version()));
        String notice = refusal == null || refusal.status() == 400 ? view.text().form_has_errors()
                : view.notice(refusal, current);
        Form scheduleForm = new Form("/staff/activities/" + id + "/schedules", values, problems.errors(),
                List.of(notice));
        return view.page(current, view.formOf(current), scheduleForm, refusal == null ? 400 : refusal.status());
    }

    @POST
    @Path("activities/{id}/schedules/{scheduleId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSchedule(@PathParam("id") long id, @PathParam("scheduleId") long scheduleId,
            @BeanParam VersionForm form) {
        return view.action(id, form, Done.REMOVED, "#schedules",
                version -> schedules.removeSchedule(id, scheduleId, version, page.language()));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @BeanParam VersionForm form) {
        return view.action(id, form, Done.CANCELLED, "#sessions",
                version -> schedules.setSessionCancelled(id, sessionId, true, version, page.language()));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @BeanParam VersionForm form) {
        return view.action(id, form, Done.RESTORED, "#sessions",
                version -> schedules.setSessionCancelled(id, sessionId, false, version, page.language()));
    }
}
