package fi.silta.reports.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.web.Chrome;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.reports.ReportMessages;
import fi.silta.reports.api.SurveyInput;
import fi.silta.reports.api.SurveyText;
import fi.silta.reports.surveys.SurveyService;
import fi.silta.security.Role;

/**
 * The staff's form for a new residents' survey of their county: a title and up to {@value #ROWS} questions, each in
 * Finnish and optionally Swedish and English; the rows left empty are not asked. A value the rules refuse is named
 * beside its field, and nothing is stored until the whole form is valid.
 */
@Path("/staff/reports/surveys/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
class SurveyFormPages {

    static final int ROWS = 10;
    /** A question's property as violations name it: {@code questions[0].sv} or {@code questions.sv[0]}. */
    private static final Pattern QUESTION = Pattern.compile("questions(?:\\[(\\d+)])?\\.(fi|sv|en)(?:\\[(\\d+)])?");

    /** The form as last sent: values and the message beside each field, by field name. */
    record SurveyForm(Map<String, String> values, Map<String, String> errors, List<Row> rows,
            ErrorSummary summary) {

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public String error(String name) {
            return errors.get(name);
        }
    }

    /** One question row: its number and the names of its three fields. */
    record Row(int number, String fi, String sv, String en) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Chrome chrome, SurveyForm form);
    }

    private final PageContext page;
    private final SurveyService surveys;
    private final Validator validator;

    SurveyFormPages(PageContext page, SurveyService surveys, Validator validator) {
        this.page = page;
        this.surveys = surveys;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form() {
        return form(Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((key, list) -> {
            if (!key.equals("csrf-token") && !list.isEmpty() && list.get(0) != null) {
                values.put(key, list.get(0).strip());
            }
        });
        List<Integer> asked = new ArrayList<>();
        List<SurveyText> questions = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            SurveyText question = text(values, "q" + row);
            if (question.fi() != null || question.sv() != null || question.en() != null) {
                asked.add(row);
                questions.add(question);
            }
        }
        SurveyInput input = new SurveyInput(text(values, "title"), questions);
        Map<String, String> errors = new LinkedHashMap<>();
        PageMessages msg = page.messages(PageMessages.class);
        for (ConstraintViolation<SurveyInput> violation : validator.validate(input)) {
            errors.putIfAbsent(field(FormErrors.field(violation), asked), FormErrors.message(violation, msg));
        }
        if (questions.isEmpty()) {
            errors.put("q1-fi", page.messages(ReportMessages.class).survey_form_question_needed());
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(values, errors)).build();
        }
        surveys.create(input, page.language());
        return Response.seeOther(URI.create("/staff/reports/surveys?done=created")).build();
    }

    private TemplateInstance form(Map<String, String> values, Map<String, String> errors) {
        ReportMessages text = page.messages(ReportMessages.class);
        List<Row> rows = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            rows.add(new Row(row, "q" + row + "-fi", "q" + row + "-sv", "q" + row + "-en"));
        }
        ErrorSummary summary = ErrorSummary.of(errors, List.of(), field -> label(field, text));
        return Templates.form(page.staffChrome(text.survey_form_title()),
                new SurveyForm(values, errors, rows, summary)).setLocale(page.locale());
    }

    /** A field's label in the error summary: the question's number or the title, and the language. */
    private static String label(String field, ReportMessages text) {
        String[] parts = field.split("-");
        String language = switch (parts[1]) {
            case "sv" -> text.survey_form_in_swedish();
            case "en" -> text.survey_form_in_english();
            default -> text.survey_form_in_finnish();
        };
        String what = parts[0].equals("title") ? text.survey_form_name()
                : text.survey_form_question(Integer.parseInt(parts[0].substring(1)));
        return what + ", " + language;
    }

    /** The form's field of a violation's property: {@code title.fi} is {@code title-fi}, the n-th asked row's. */
    private static String field(String property, List<Integer> asked) {
        Matcher question = QUESTION.matcher(property);
        if (question.find()) {
            String index = question.group(1) != null ? question.group(1) : question.group(3);
            if (index != null) {
                return "q" + asked.get(Integer.parseInt(index)) + "-" + question.group(2);
            }
        }
        if (property.startsWith("title.")) {
            return "title-" + property.substring("title.".length());
        }
        return property.startsWith("title") ? "title-fi" : "q1-fi";
    }

    private static SurveyText text(Map<String, String> values, String prefix) {
        return new SurveyText(blankless(values.get(prefix + "-fi")), blankless(values.get(prefix + "-sv")),
                blankless(values.get(prefix + "-en")));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
