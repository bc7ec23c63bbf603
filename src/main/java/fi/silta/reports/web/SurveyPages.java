package fi.silta.reports.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.reports.ReportMessages;
import fi.silta.reports.api.AnswerInput;
import fi.silta.reports.api.SurveyView;
import fi.silta.reports.surveys.AgeBand;
import fi.silta.reports.surveys.SurveyService;
import fi.silta.security.Throttled;

/**
 * Residents' voice on the public site: a county's survey of coping and participation, answered without an
 * account, and a form to tell what activity is missing nearby. Nothing asked names the resident; posts are
 * throttled like every anonymous write.
 */
@Path("/surveys")
@Produces(MediaType.TEXT_HTML)
class SurveyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(Chrome chrome, SurveyView survey, List<Option> municipalities,
                List<Option> ageBands, List<QuestionForm> questions, Map<String, String> errors);

        static native TemplateInstance wish(Chrome chrome, List<Option> municipalities, List<Option> needs,
                Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance thanks(Chrome chrome, String message);
    }

    private final PageContext page;
    private final SurveyService surveys;

    SurveyPages(PageContext page, SurveyService surveys) {
        this.page = page;
        this.surveys = surveys;
    }

    @GET
    @Path("/{id: [0-9]{1,18}}")
    public TemplateInstance survey(@PathParam("id") long id) {
        return survey(surveys.get(id, page.language()), Map.of(), Map.of());
    }

    @POST
    @Path("/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Throttled
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ReportMessages text = page.messages(ReportMessages.class);
        SurveyView survey = surveys.get(id, page.language());
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        AgeBand band = choice(AgeBand.class, values.get("ageBand"));
        if (blank(values.get("municipality"))) {
            errors.put("municipality", text.survey_choose_municipality());
        }
        if (band == null) {
            errors.put("ageBand", text.survey_choose_age());
        }
        List<Integer> scores = new ArrayList<>();
        for (int q = 1; q <= survey.questions().size(); q++) {
            String score = values.getOrDefault("q" + q, "");
            if (!score.matches("[1-5]")) {
                errors.put("q" + q, text.survey_answer_question());
            } else {
                scores.add(Integer.parseInt(score));
            }
        }
        if (errors.isEmpty()) {
            try {
                surveys.answer(id, new AnswerInput(values.get("municipality"), band, scores));
                return Response.seeOther(URI.create("/surveys/thanks")).build();
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                errors.put("municipality", text.survey_choose_municipality());
            }
        }
        return Response.status(400).entity(survey(survey, values, errors)).build();
    }

    @GET
    @Path("/missing-activity")
    public TemplateInstance wish() {
        return wish(Map.of(), Map.of());
    }

    @POST
    @Path("/missing-activity")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Throttled
    public Response wish(MultivaluedMap<String, String> form) {
        ReportMessages text = page.messages(ReportMessages.class);
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(values.get("municipality"))) {
            errors.put("municipality", text.survey_choose_municipality());
        }
        if (blank(values.get("need"))) {
            errors.put("need", text.wish_choose_need());
        }
        if (errors.isEmpty()) {
            try {
                surveys.wish(values.get("municipality"), values.get("need"));
                return Response.seeOther(URI.create("/surveys/thanks")).build();
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                errors.put(e.errors().isEmpty() ? "municipality" : e.errors().get(0).field(),
                        e.errors().isEmpty() || e.errors().get(0).field().equals("municipality")
                                ? text.survey_choose_municipality()
                                : text.wish_choose_need());
            }
        }
        return Response.status(400).entity(wish(values, errors)).build();
    }

    @GET
    @Path("/thanks")
    public TemplateInstance thanks() {
        ReportMessages text = page.messages(ReportMessages.class);
        return Templates.thanks(page.chrome(text.survey_thanks_title()), text.survey_thanks())
                .setLocale(page.locale());
    }

    private TemplateInstance survey(SurveyView survey, Map<String, String> values, Map<String, String> errors) {
        ReportMessages text = page.messages(ReportMessages.class);
        List<Option> bands = Arrays.stream(AgeBand.values())
                .map(b -> new Option(b.name(), text.ageBand(b), b.name().equals(values.get("ageBand")))).toList();
        List<QuestionForm> questions = new ArrayList<>();
        for (int q = 1; q <= survey.questions().size(); q++) {
            String name = "q" + q;
            List<Option> scale = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                scale.add(new Option(String.valueOf(score), scale(text, score),
                        String.valueOf(score).equals(values.get(name))));
            }
            questions.add(new QuestionForm(name, survey.questions().get(q - 1), scale, errors.get(name)));
        }
        List<Option> municipalities = surveys.municipalities(survey.id(), page.language()).stream()
                .map(m -> new Option(m.code(), m.label(), m.code().equals(values.get("municipality")))).toList();
        return Templates.survey(page.chrome(survey.title()), survey, municipalities, bands, questions,
                errors).setLocale(page.locale());
    }

    private TemplateInstance wish(Map<String, String> values, Map<String, String> errors) {
        ReportMessages text = page.messages(ReportMessages.class);
        List<Option> needs = surveys.needs(page.language()).stream()
                .map(n -> new Option(n.code(), n.label(), n.code().equals(values.get("need")))).toList();
        return Templates.wish(page.chrome(text.wish_title()), municipalities(values), needs, values, errors)
                .setLocale(page.locale());
    }

    private List<Option> municipalities(Map<String, String> values) {
        return surveys.municipalities(page.language()).stream()
                .map(m -> new Option(m.code(), m.label(), m.code().equals(values.get("municipality")))).toList();
    }

    private static String scale(ReportMessages text, int score) {
        return switch (score) {
            case 1 -> text.scale_1();
            case 2 -> text.scale_2();
            case 3 -> text.scale_3();
            case 4 -> text.scale_4();
            default -> text.scale_5();
        };
    }

    private static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, list) -> {
            if (!key.equals("csrf-token") && !list.isEmpty() && list.get(0) != null && list.get(0).length() <= 40) {
                values.put(key, list.get(0).trim());
            }
        });
        return values;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
