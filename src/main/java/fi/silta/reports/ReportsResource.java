package fi.silta.reports;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.FallingOffCase;
import fi.silta.referrals.api.PathEntry;
import fi.silta.reports.api.FunnelReport;
import fi.silta.reports.api.GapsReport;
import fi.silta.reports.api.ReportTable;
import fi.silta.reports.api.SurveyInput;
import fi.silta.reports.api.SurveyResults;
import fi.silta.reports.api.SurveyView;
import fi.silta.reports.api.WellbeingReport;
import fi.silta.reports.surveys.SurveyService;
import fi.silta.security.Role;

/**
 * The county's reports for analysts and coordinators: aggregates only, groups under five hidden, no client data.
 * Each report answers JSON, or one of its tables as CSV for {@code Accept: text/csv} ({@code table} names which).
 * Beside them, for those who work the referrals, a client's path and the cases falling off it.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
class ReportsResource {

    private final FunnelService funnel;
    private final PathService paths;
    private final SurveyService surveys;
    private final GapsService gapsService;
    private final WellbeingReportService wellbeing;

    ReportsResource(FunnelService funnel, PathService paths, SurveyService surveys, GapsService gapsService,
            WellbeingReportService wellbeing) {
        this.funnel = funnel;
        this.paths = paths;
        this.surveys = surveys;
        this.gapsService = gapsService;
        this.wellbeing = wellbeing;
    }

    @GET
    @Path("/wellbeing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The change of clients' WHO-5 and UCLA-3 from the start to follow-up, by municipality")
    public WellbeingReport wellbeing(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        ReportPeriod period = ReportPeriod.parse(from, to, null, funnel.defaultPeriod());
        return wellbeing.report(period.from(), period.to(), Language.fromCode(lang).orElse(Language.FI));
    }

    @GET
    @Path("/wellbeing")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public String wellbeingCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang, @QueryParam("table") String table) {
        WellbeingReport report = wellbeing(from, to, lang);
        if (table == null || table.isBlank() || table.equals("change")) {
            return Csv.of(report.change());
        }
        if (table.equals("pairs")) {
            return Csv.of(report.pairs());
        }
        throw ProblemException.invalidParameter("table", "One of change, pairs");
    }

    // A client's path and the falling-off list read client data (which referral, who worked it): they answer only
    // those who may read each referral, never an analyst, and every read is in the client access log.

    @GET
    @Path("/falling-off")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(summary = "Open cases whose client may be falling off the path, with the flags their path raised")
    public List<FallingOffCase> fallingOff() {
        return paths.fallingOff();
    }

    @GET
    @Path("/paths/{referralId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    @Operation(summary = "Every referral and handover of the client of this referral, in time order")
    public List<PathEntry> path(@PathParam("referralId") long referralId) {
        return paths.path(referralId);
    }

    @GET
    @Path("/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The referral funnel of a period (from, to as YYYY-MM), split by month, municipality, "
            + "context, need or urgency")
    public FunnelReport funnel(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("lang") String lang) {
        ReportPeriod period = ReportPeriod.parse(from, to, by, funnel.defaultPeriod());
        return funnel.funnel(period.from(), period.to(), period.by(), Language.fromCode(lang).orElse(Language.FI));
    }

    @GET
    @Path("/funnel")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public String funnelCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("lang") String lang, @QueryParam("table") String table) {
        return Csv.of(pick(funnel(from, to, by, lang), table));
    }

    @POST
    @Path("/surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a survey of the county with its questions")
    public Response create(@Valid @NotNull SurveyInput input, @QueryParam("lang") String lang) {
        SurveyView created = surveys.create(input, language(lang));
        return Response.status(201).header("Location", "/api/v1/surveys/" + created.id()).entity(created).build();
    }

    @GET
    @Path("/surveys/{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A survey's results by municipality and age band, groups under five hidden")
    public SurveyResults results(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return surveys.results(id, language(lang));
    }

    @GET
    @Path("/surveys/{id}/results")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public String resultsCsv(@PathParam("id") long id, @QueryParam("lang") String lang,
            @QueryParam("table") String table) {
        SurveyResults results = surveys.results(id, language(lang));
        ReportTable chosen = table == null || table.isBlank() || table.equals("answers") ? results.answers()
                : table.equals("scores") ? results.scores() : null;
        if (chosen == null) {
            throw ProblemException.invalidParameter("table", "One of answers, scores");
        }
        return Csv.of(chosen);
    }

    @GET
    @Path("/wishes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Residents' wishes for missing activities by municipality and need, groups under five hidden")
    public ReportTable wishes(@QueryParam("lang") String lang) {
        return surveys.wishes(language(lang));
    }

    @GET
    @Path("/wishes")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public String wishesCsv(@QueryParam("lang") String lang) {
        return Csv.of(surveys.wishes(language(lang)));
    }

    @GET
    @Path("/gaps")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The catalogue's gaps by municipality and need: activities offered, referrals, no suitable "
            + "activity, wishes, and the gap map's levels")
    public GapsReport gaps(@QueryParam("lang") String lang) {
        return gapsService.gaps(language(lang));
    }

    @GET
    @Path("/gaps")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public String gapsCsv(@QueryParam("lang") String lang, @QueryParam("table") String table) {
        String name = table == null || table.isBlank() ? "activities" : table;
        return Csv.of(gapsService.gaps(language(lang)).tables().stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow(() -> ProblemException.invalidParameter("table",
                        "One of activities, referrals, no-suitable-activity, wishes")));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.FI);
    }

    static ReportTable pick(FunnelReport report, String table) {
        String name = table == null || table.isBlank() ? "funnel" : table;
        return report.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(
                () -> ProblemException.invalidParameter("table", "One of funnel, durations, outcomes, leaving"));
    }
}
