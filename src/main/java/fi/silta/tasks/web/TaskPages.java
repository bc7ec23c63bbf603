package fi.silta.tasks.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.PageContext;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.tasks.ClaimService;
import fi.silta.tasks.HelperService;
import fi.silta.tasks.TaskFiguresService;
import fi.silta.tasks.TaskMessages;
import fi.silta.tasks.TaskService;
import fi.silta.tasks.TaskStatus;
import fi.silta.tasks.api.CompletionInput;
import fi.silta.tasks.api.FeedbackInput;
import fi.silta.tasks.api.HelperRecord;
import fi.silta.tasks.api.HelperView;
import fi.silta.tasks.api.ReasonInput;
import fi.silta.tasks.api.TaskFigures;
import fi.silta.tasks.api.TaskView;

/**
 * Helping hands for each of its roles: a helper's open tasks, their task (with the client's first name only as the
 * API gives it) and their printable record of tasks and hours; a host's tasks with the claims to confirm; a vetter's
 * helpers. What a page shows is what the services give the same user through the API.
 */
@Path("/staff/tasks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.HELPER, Role.VETTER, Role.ADMIN })
class TaskPages {

    /** One line of the printed record, formatted for the page's language. */
    record RecordLine(String date, String kind, String host, String hours) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Chrome chrome, List<TaskView> open, List<TaskView> hosted,
                List<HelperView> helpers, boolean helper, boolean host, boolean mayPost, boolean vetter, Done done);

        static native TemplateInstance task(Chrome chrome, TaskView task, boolean helper, boolean mayClaim,
                Done done, String refused);

        static native TemplateInstance record(Chrome chrome, HelperRecord record, List<RecordLine> lines,
                String total);

        static native TemplateInstance notFound(Chrome chrome);

        static native TemplateInstance figures(Chrome chrome, TaskFigures figures);
    }

    private static final String PATH = "/staff/tasks";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final PageContext page;
    private final TaskService tasks;
    private final ClaimService claims;
    private final HelperService helpers;
    private final CurrentUser user;
    private final TaskFiguresService figuresService;

    TaskPages(PageContext page, TaskService tasks, ClaimService claims, HelperService helpers, CurrentUser user,
            TaskFiguresService figuresService) {
        this.figuresService = figuresService;
        this.page = page;
        this.tasks = tasks;
        this.claims = claims;
        this.helpers = helpers;
        this.user = user;
    }

    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        boolean helper = user.has(Role.HELPER);
        boolean host = user.has(Role.TASK_HOST) || user.has(Role.LINK_PERSON) || user.isAdmin();
        boolean vetter = user.has(Role.VETTER) || user.isAdmin();
        List<TaskView> open = helper ? openTasks() : List.of();
        List<TaskView> hosted = host ? tasks.hosted(page.language()) : List.of();
        List<HelperView> vetted = vetter ? helpers.vetted() : List.of();
        return Templates.index(page.staffChrome(text().nav_tasks()), open, hosted, vetted, helper, host,
                user.has(Role.TASK_HOST) || user.isAdmin(), vetter,
                Done.of(done).orElse(null)).setLocale(page.locale());
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response task(@RestPath long id, @QueryParam("done") String done) {
        TaskView task;
        try {
            task = tasks.task(id, page.language());
        } catch (ProblemException e) {
            return notFound();
        }
        return html(Response.ok(), taskPage(task, Done.of(done).orElse(null), null));
    }

    private TemplateInstance taskPage(TaskView task, Done done, String refused) {
        boolean helper = user.has(Role.HELPER);
        boolean mayClaim = helper && task.myClaim() == null && task.status() == TaskStatus.OPEN;
        return Templates.task(page.staffChrome(text().task_title()), task, helper, mayClaim, done, refused);
    }

    @POST
    @Path("{id: [0-9]+}/claim")
    @RolesAllowed(Role.HELPER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@RestPath long id) {
        claims.claim(id);
        return Done.ADDED.redirect(PATH + "/" + id);
    }

    @POST
    @Path("{id: [0-9]+}/claims/{claim: [0-9]+}/confirm")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath long id, @RestPath long claim) {
        claims.confirm(id, claim, page.language());
        return Done.CONFIRMED.redirect(PATH + "/" + id);
    }

    @POST
    @Path("{id: [0-9]+}/claims/{claim: [0-9]+}/complete")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@RestPath long id, @RestPath long claim, @RestForm String hours,
            @RestForm String feedback) {
        if (hours == null || hours.isBlank()) {
            return refused(id, text().refused_hours());
        }
        try {
            claims.complete(id, claim, new CompletionInput(new BigDecimal(hours.strip().replace(',', '.')),
                    feedback == null || feedback.isBlank() ? null : feedback.strip()), page.language());
        } catch (NumberFormatException | ConstraintViolationException e) {
            return refused(id, text().refused_hours());
        } catch (ProblemException e) {
            return refused(id, text().refused_state());
        }
        return Done.RECORDED.redirect(PATH + "/" + id);
    }

    @POST
    @Path("{id: [0-9]+}/claims/{claim: [0-9]+}/no-show")
    @RolesAllowed({ Role.TASK_HOST, Role.LINK_PERSON, Role.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response noShow(@RestPath long id, @RestPath long claim) {
        try {
            claims.noShow(id, claim, page.language());
        } catch (ProblemException e) {
            return refused(id, text().refused_state());
        }
        return Done.RECORDED.redirect(PATH + "/" + id);
    }

    @POST
    @Path("{id: [0-9]+}/claims/{claim: [0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath long id, @RestPath long claim, @RestForm String reason) {
        try {
            claims.cancel(id, claim, new ReasonInput(reason == null ? null : reason.strip()));
        } catch (ConstraintViolationException e) {
            return refused(id, text().refused_reason());
        } catch (ProblemException e) {
            return refused(id, text().refused_state());
        }
        return Done.CANCELLED.redirect(PATH + "/" + id);
    }

    @POST
    @Path("{id: [0-9]+}/claims/{claim: [0-9]+}/feedback")
    @RolesAllowed(Role.HELPER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@RestPath long id, @RestPath long claim, @RestForm String feedback) {
        try {
            claims.feedback(id, claim, new FeedbackInput(feedback == null ? null : feedback.strip()));
        } catch (ConstraintViolationException e) {
            return refused(id, text().refused_feedback());
        } catch (ProblemException e) {
            return refused(id, text().refused_state());
        }
        return Done.SAVED.redirect(PATH + "/" + id);
    }

    /** The task page again with what was wrong with the form, answering 400. */
    private Response refused(long id, String why) {
        return html(Response.status(400), taskPage(tasks.task(id, page.language()), null, why));
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Role.TASK_HOST, Role.COORDINATOR, Role.ANALYST, Role.ADMIN })
    public TemplateInstance figures() {
        return Templates.figures(page.staffChrome(text().figures_title()), figuresService.figures(page.language()))
                .setLocale(page.locale());
    }

    @GET
    @Path("record")
    @RolesAllowed(Role.HELPER)
    public TemplateInstance record() {
        HelperRecord record = helpers.record(page.language());
        Locale locale = page.locale();
        List<RecordLine> lines = record.tasks().stream()
                .map(l -> new RecordLine(DATE.format(l.date()), l.kind(), l.host(), hours(l.hours(), locale)))
                .toList();
        return Templates.record(page.printChrome(text().record_title(record.firstName())), record, lines,
                hours(record.totalHours(), locale)).setLocale(locale);
    }

    private List<TaskView> openTasks() {
        try {
            return tasks.open(page.language());
        } catch (ProblemException e) {
            // Not registered by a vetting organisation yet: no tasks to offer.
            return List.of();
        }
    }

    private static String hours(BigDecimal hours, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    private Response notFound() {
        return html(Response.status(404), Templates.notFound(page.staffChrome(text().not_found())));
    }

    private Response html(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(page.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    private TaskMessages text() {
        return page.messages(TaskMessages.class);
    }
}
