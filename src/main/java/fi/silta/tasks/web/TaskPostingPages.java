package fi.silta.tasks.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
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
 * A host posts a task on a page: the same rules as the API ({@link TaskInput}), a refused form shown again with the
 * message beside each field and the summary above it.
 */
@Path("/staff/tasks/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.TASK_HOST, Role.ADMIN })
class TaskPostingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance post(Chrome chrome, Form form, ErrorSummary summary, List<Option> kinds,
                List<Option> organisations, List<Option> municipalities, List<Option> languages);
    }

    private static final String PATH = "/staff/tasks/new";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PageContext page;
    private final TaskService tasks;

    TaskPostingPages(PageContext page, TaskService tasks) {
        this.page = page;
        this.tasks = tasks;
    }

    @GET
    public TemplateInstance form() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", LocalDate.now(HELSINKI).plusDays(1).toString());
        values.put("startTime", "14:00");
        values.put("durationMinutes", "60");
        values.put("helpersNeeded", "1");
        values.put("languages", "fi");
        return render(new Form(PATH, values, Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@RestForm String kind, @RestForm String date, @RestForm String startTime,
            @RestForm String durationMinutes, @RestForm String municipality, @RestForm String meetingPoint,
            @RestForm List<String> languages, @RestForm String helpersNeeded, @RestForm String paid,
            @RestForm String notes, @RestForm String organisationId, @RestForm String trustApproved) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("date", date);
        values.put("startTime", startTime);
        values.put("durationMinutes", durationMinutes);
        values.put("municipality", municipality);
        values.put("meetingPoint", meetingPoint);
        values.put("languages", languages == null ? "" : String.join(",", languages));
        values.put("helpersNeeded", helpersNeeded);
        values.put("paid", paid);
        values.put("notes", notes);
        values.put("organisationId", organisationId);
        values.put("trustApproved", trustApproved);
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        TaskInput input = new TaskInput(PageInput.parse(kind, "kind", errors, msg, TaskKind::valueOf),
                PageInput.parse(date, "date", errors, msg, LocalDate::parse),
                PageInput.parse(startTime, "startTime", errors, msg, LocalTime::parse),
                PageInput.parse(durationMinutes, "durationMinutes", errors, msg, Integer::valueOf),
                blankToNull(municipality), meetingPoint, languages,
                PageInput.parse(helpersNeeded, "helpersNeeded", errors, msg, Integer::valueOf), "on".equals(paid),
                notes, PageInput.parse(organisationId, "organisationId", errors, msg, Long::valueOf), null,
                "on".equals(trustApproved));
        Response posted = PageInput.post(tasks, input, page, errors, msg);
        if (posted != null) {
            return posted;
        }
        return Response.status(400).entity(render(new Form(PATH, values, errors)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private TemplateInstance render(Form form) {
        Language language = page.language();
        TaskMessages text = page.messages(TaskMessages.class);
        List<Option> kinds = Arrays.stream(TaskKind.values())
                .map(k -> new Option(k.name(), text.kind(k), form.value("kind").equals(k.name()))).toList();
        List<Option> organisations = tasks.hostChoices(language).stream()
                .map(c -> new Option(c.code(), c.name(), form.value("organisationId").equals(c.code()))).toList();
        List<Option> municipalities = tasks.municipalityChoices(language).stream()
                .map(c -> new Option(c.code(), c.name(), form.value("municipality").equals(c.code()))).toList();
        List<Option> languages = List.of(new Option("fi", text.language_fi(), form.checked("languages", "fi")),
                new Option("sv", text.language_sv(), form.checked("languages", "sv")),
                new Option("en", text.language_en(), form.checked("languages", "en")));
        ErrorSummary summary = ErrorSummary.of(form.errors(), List.of(), field -> label(text, field));
        return Templates.post(page.staffChrome(text.post_title()), form, summary, kinds, organisations,
                municipalities, languages).setLocale(page.locale());
    }

    private static String label(TaskMessages text, String field) {
        return switch (field) {
            case "kind" -> text.post_kind();
            case "date" -> text.post_date();
            case "startTime" -> text.post_time();
            case "durationMinutes" -> text.post_duration();
            case "municipality" -> text.task_municipality();
            case "meetingPoint" -> text.task_where();
            case "helpersNeeded" -> text.task_helpers_needed();
            case "notes" -> text.task_notes();
            case "organisationId" -> text.record_host();
            default -> text.task_languages();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
