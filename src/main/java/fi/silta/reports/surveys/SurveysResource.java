package fi.silta.reports.surveys;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.silta.common.Language;
import fi.silta.reports.api.AnswerInput;
import fi.silta.reports.api.SurveyView;
import fi.silta.reports.api.WishInput;
import fi.silta.security.Throttled;

/**
 * Residents' voice through the API: anyone reads the open surveys and answers them, and tells what activity is
 * missing, without an account; anonymous writes are throttled per address and overall. Analysts and coordinators
 * write surveys and read the results under {@code /api/v1/reports}.
 */
@Path("/api/v1/surveys")
@Tag(name = "Surveys")
class SurveysResource {

    private final SurveyService surveys;

    SurveysResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's surveys open for answers")
    public List<SurveyView> open(@QueryParam("lang") String lang) {
        return surveys.open(language(lang));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One survey with its questions")
    public SurveyView get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return surveys.get(id, language(lang));
    }

    @POST
    @Path("/{id}/answers")
    @PermitAll
    @Throttled
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a survey, without an account: municipality, age band, a score of 1-5 a question")
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswerInput input) {
        surveys.answer(id, input);
        return Response.status(201).build();
    }

    @POST
    @Path("/missing-activities")
    @PermitAll
    @Throttled
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tell what kind of activity is missing in a municipality, without an account")
    public Response wish(@Valid @NotNull WishInput input) {
        surveys.wish(input);
        return Response.status(201).build();
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.FI);
    }
}
