package fi.silta.tasks.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.web.Chrome;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.security.Role;
import fi.silta.tasks.TaskKind;
import fi.silta.tasks.TaskMessages;
import fi.silta.tasks.TaskService;
import fi.silta.tasks.api.TaskInput;

/**
 * The link-person working a case asks for a helper to go with the client to a session: the same task as the API's
 * ({@link TaskInput} naming the referral, kind activity accompaniment, in the case's municipality). The form shows
 * and sends no client data: the referral's number, the time, the meeting point, languages and notes.
 */
@Path("/staff/tasks/accompany")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.LINK_PERSON)
class AccompanimentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accompany(Chrome chrome, Form form, ErrorSummary summary, long referral,
                List<Option> languages);
    }

    private static final String PATH = "/staff/tasks/accompany";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PageContext page;
    private final TaskService tasks;

    AccompanimentPages(PageContext page, TaskService tasks) {
        this.page = page;
        this.tasks = tasks;
    }

    @GET
    public Response form(@QueryParam("referral") long referral) {
        tasks.accompanimentMunicipality(referral);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", LocalDate.now(HELSINKI).plusDays(1).toString());
        values.put("startTime", "14:00");
        values.put("durationMinutes", "90");
        values.put("languages", "fi");
        return html(Response.ok(), render(referral, values, Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@QueryParam("referral") long referral, @RestForm String date, @RestForm String startTime,
            @RestForm String durationMinutes, @RestForm String meetingPoint, @RestForm List<String> languages,
            @RestForm String notes) {
        String municipality = tasks.accompanimentMunicipality(referral);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", date);
        values.put("startTime", startTime);
        values.put("durationMinutes", durationMinutes);
        values.put("meetingPoint", meetingPoint);
        values.put("languages", languages == null ? "" : String.join(",", languages));
        values.put("notes", notes);
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        TaskInput input = new TaskInput(TaskKind.ACTIVITY_ACCOMPANIMENT, PageInput.parse(date, "date", errors, msg,
                LocalDate::parse), PageInput.parse(startTime, "startTime", errors, msg, LocalTime::parse),
                PageInput.parse(durationMinutes, "durationMinutes", errors, msg, Integer::valueOf), municipality, meetingPoint,
                languages, 1, false, notes, null, referral, false);
        Response posted = PageInput.post(tasks, input, page, errors, msg);
        if (posted != null) {
            return posted;
        }
        return html(Response.status(400), render(referral, values, errors));
    }

    private TemplateInstance render(long referral, Map<String, String> values, Map<String, String> errors) {
        TaskMessages text = page.messages(TaskMessages.class);
        Form form = new Form(PATH + "?referral=" + referral, values, errors);
        List<Option> languages = List.of(new Option("fi", text.language_fi(), form.checked("languages", "fi")),
                new Option("sv", text.language_sv(), form.checked("languages", "sv")),
                new Option("en", text.language_en(), form.checked("languages", "en")));
        ErrorSummary summary = ErrorSummary.of(errors, List.of(), field -> switch (field) {
            case "date" -> text.post_date();
            case "startTime" -> text.post_time();
            case "durationMinutes" -> text.post_duration();
            case "meetingPoint" -> text.task_where();
            case "notes" -> text.task_notes();
            default -> text.task_languages();
        });
        return Templates.accompany(page.staffChrome(text.accompany_title()), form, summary, referral, languages);
    }

    private Response html(Response.ResponseBuilder response, TemplateInstance html) {
        return response.entity(html.setLocale(page.locale())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
