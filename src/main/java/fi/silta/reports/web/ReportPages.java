package fi.silta.reports.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.reports.Csv;
import fi.silta.reports.Dimension;
import fi.silta.reports.FunnelService;
import fi.silta.reports.GapsService;
import fi.silta.reports.PathService;
import fi.silta.reports.ReportMessages;
import fi.silta.reports.ReportPeriod;
import fi.silta.reports.ReportsConfig;
import fi.silta.reports.WellbeingReportService;
import fi.silta.reports.api.FallingOffRow;
import fi.silta.reports.api.FallingOffThresholds;
import fi.silta.reports.api.FunnelReport;
import fi.silta.reports.api.GapsReport;
import fi.silta.reports.api.PathLine;
import fi.silta.reports.api.ReportCell;
import fi.silta.reports.api.ReportRow;
import fi.silta.reports.api.ReportTable;
import fi.silta.reports.api.SurveyResults;
import fi.silta.reports.api.WellbeingReport;
import fi.silta.reports.surveys.SurveyService;
import fi.silta.security.Role;

/**
 * The reports' pages, for analysts and coordinators: the referral funnel of a period with its charts, each beside
 * its figures as a table, and every table as CSV. Aggregates only; groups under five are hidden.
 */
@Path("/staff/reports")
@RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funnel(Chrome chrome, FunnelReport report, List<Chart> charts,
                Map<String, String> values, List<Option> dimensions, Map<String, String> errors, String query,
                WellbeingReport wellbeing);

        static native TemplateInstance fallingOff(Chrome chrome, List<FallingOffRow> cases, FallingOffThresholds rules);

        static native TemplateInstance path(Chrome chrome, long referralId, List<PathLine> lines);

        static native TemplateInstance surveys(Chrome chrome, List<SurveyResults> results, ReportTable wishes,
                boolean created);

        static native TemplateInstance gaps(Chrome chrome, GapsReport report, List<String> needs,
                List<HeatRow> heat, String intro);
    }

    private final PageContext page;
    private final FunnelService funnel;
    private final PathService paths;
    private final ReportsConfig config;
    private final SurveyService surveys;
    private final GapsService gaps;
    private final WellbeingReportService wellbeing;

    ReportPages(PageContext page, FunnelService funnel, PathService paths, ReportsConfig config,
            SurveyService surveys, GapsService gaps, WellbeingReportService wellbeing) {
        this.page = page;
        this.funnel = funnel;
        this.paths = paths;
        this.config = config;
        this.surveys = surveys;
        this.gaps = gaps;
        this.wellbeing = wellbeing;
    }

    /** The catalogue's gaps as a heat map of municipalities and needs, with the tables it is made of. */
    @GET
    @Path("/gaps")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance gaps() {
        ReportMessages text = page.messages(ReportMessages.class);
        GapsReport report = gaps.gaps(page.language());
        List<HeatRow> heat = new ArrayList<>();
        for (int r = 0; r < report.activities().rows().size(); r++) {
            ReportRow row = report.activities().rows().get(r);
            List<HeatRow.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String level = report.levels().get(r).get(c);
                cells.add(new HeatRow.Cell(text.gaps_cell(row.cells().get(c).shown(), level(text, level)), level));
            }
            heat.add(new HeatRow(row.label(), cells));
        }
        return Templates.gaps(page.staffChrome(text.gaps_title()), report, report.activities().columns(), heat,
                text.gaps_intro(config.defaultMonths(), config.gapsAhead().toDays())).setLocale(page.locale());
    }

    /** One table of the gaps as CSV: {@code activities}, {@code referrals}, {@code no-suitable-activity}, {@code wishes}. */
    @GET
    @Path("/gaps.csv")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public Response gapsCsv(@QueryParam("table") String table) {
        ReportTable chosen = gaps.gaps(page.language()).tables().stream().filter(t -> t.name().equals(table))
                .findFirst().orElseThrow(() -> ProblemException.invalidParameter("table", "Not a table of the gaps"));
        return Response.ok(Csv.of(chosen))
                .header("Content-Disposition", "attachment; filename=\"silta-gaps-" + chosen.name() + ".csv\"")
                .build();
    }

    private static String level(ReportMessages text, String level) {
        return switch (level) {
            case "gap" -> text.gaps_level_gap();
            case "thin" -> text.gaps_level_thin();
            case "ok" -> text.gaps_level_ok();
            default -> text.gaps_level_none();
        };
    }

    /** Residents' voice: each survey's results and the wishes for missing activities, small groups hidden. */
    @GET
    @Path("/surveys")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance surveys(@QueryParam("done") String done) {
        ReportMessages text = page.messages(ReportMessages.class);
        List<SurveyResults> results = surveys.all(page.language()).stream()
                .map(s -> surveys.results(s.id(), page.language())).toList();
        return Templates.surveys(page.staffChrome(text.surveys_title()), results, surveys.wishes(page.language()),
                "created".equals(done)).setLocale(page.locale());
    }

    /** One table of residents' voice as CSV: a survey's {@code answers} or {@code scores}, or the {@code wishes}. */
    @GET
    @Path("/surveys.csv")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public Response surveysCsv(@QueryParam("survey") Long survey, @QueryParam("table") String table) {
        ReportTable chosen;
        if ("wishes".equals(table)) {
            chosen = surveys.wishes(page.language());
        } else if (survey != null && ("answers".equals(table) || "scores".equals(table))) {
            SurveyResults results = surveys.results(survey, page.language());
            chosen = table.equals("answers") ? results.answers() : results.scores();
        } else {
            throw ProblemException.invalidParameter("table", "answers or scores of a survey, or wishes");
        }
        String file = "silta-" + chosen.name() + (survey == null ? "" : "-" + survey) + ".csv";
        return Response.ok(Csv.of(chosen)).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /** The coordinator's list of open cases whose client may be falling off the path, with why. */
    @GET
    @Path("/falling-off")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.COORDINATOR)
    public TemplateInstance fallingOff() {
        ReportMessages text = page.messages(ReportMessages.class);
        return Templates.fallingOff(page.staffChrome(text.falling_title()), paths.fallingOff(page.language()),
                paths.thresholds()).setLocale(page.locale());
    }

    /** A client's path: every referral of theirs this user may read, each event and handover in time order. */
    @GET
    @Path("/paths/{referralId}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    public TemplateInstance path(@PathParam("referralId") long referralId) {
        ReportMessages text = page.messages(ReportMessages.class);
        return Templates.path(page.staffChrome(text.path_title(referralId)), referralId,
                paths.pathLines(referralId, page.language())).setLocale(page.locale());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response funnel(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        ReportMessages text = page.messages(ReportMessages.class);
        Map<String, String> errors = new LinkedHashMap<>();
        ReportPeriod period = ReportPeriod.parse(null, null, null, funnel.defaultPeriod());
        try {
            period = ReportPeriod.parse(from, to, by, funnel.defaultPeriod());
        } catch (ProblemException e) {
            String field = e.errors().isEmpty() ? "from" : e.errors().get(0).field();
            errors.put(field, field.equals("by") ? text.invalid_by() : text.invalid_month());
        }
        Dimension split = period.by();
        FunnelReport report = funnel.funnel(period.from(), period.to(), period.by(), page.language());
        FunnelReport byMonth = period.by() == Dimension.MONTH ? report
                : funnel.funnel(period.from(), period.to(), Dimension.MONTH, page.language());
        Map<String, String> values = Map.of("from", period.from().toString(), "to", period.to().toString(), "by",
                period.by().name());
        List<Option> dimensions = Arrays.stream(Dimension.values())
                .map(d -> new Option(d.name(), text.dimension(d), d == split)).toList();
        String query = "from=" + period.from() + "&to=" + period.to() + "&by=" + period.by().name();
        TemplateInstance html = Templates.funnel(page.staffChrome(text.title()), report,
                charts(report, byMonth, text), values, dimensions, errors, query,
                wellbeing.report(period.from(), period.to(), page.language())).setLocale(page.locale());
        return Response.status(errors.isEmpty() ? 200 : 400).entity(html).build();
    }

    /** One table of the funnel as CSV, named by {@code table}, in the page's language. */
    @GET
    @Path("/funnel.csv")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by,
            @QueryParam("table") String table) {
        ReportPeriod period = ReportPeriod.parse(from, to, by, funnel.defaultPeriod());
        FunnelReport report = funnel.funnel(period.from(), period.to(), period.by(), page.language());
        ReportTable chosen = report.tables().stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("table", "Not a table of the report"));
        String file = "silta-" + chosen.name() + "-" + period.from() + "-" + period.to() + ".csv";
        return Response.ok(Csv.of(chosen)).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /** One table of the wellbeing change ({@code change} or {@code pairs}) as CSV, in the page's language. */
    @GET
    @Path("/wellbeing.csv")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    public Response wellbeingCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("table") String table) {
        ReportPeriod period = ReportPeriod.parse(from, to, null, funnel.defaultPeriod());
        WellbeingReport report = wellbeing.report(period.from(), period.to(), page.language());
        ReportTable chosen = List.of(report.pairs(), report.change()).stream().filter(t -> t.name().equals(table))
                .findFirst().orElseThrow(() -> ProblemException.invalidParameter("table", "One of change, pairs"));
        String file = "silta-wellbeing-" + chosen.name() + "-" + period.from() + "-" + period.to() + ".csv";
        return Response.ok(Csv.of(chosen)).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private static List<Chart> charts(FunnelReport report, FunnelReport byMonth, ReportMessages text) {
        List<Chart> charts = new ArrayList<>();
        String hidden = text.chart_hidden();
        ReportRow total = report.funnel().row("TOTAL");
        List<Chart.Bar> steps = new ArrayList<>();
        for (int i = 0; i < total.cells().size(); i++) {
            steps.add(bar(report.funnel().columns().get(i), total.cells().get(i)));
        }
        String funnelDescription = text.chart_funnel_desc(total.cells().get(0).shown(),
                total.cells().get(4).shown());
        charts.add(new Chart("chart-funnel", text.chart_funnel_title(), funnelDescription,
                ChartDrawing.horizontal("chart-funnel", text.chart_funnel_title(), funnelDescription, steps, hidden),
                text.step_heading(), text.referrals(), steps));

        List<Chart.Bar> months = byMonth.funnel().rows().stream().filter(r -> !r.total())
                .map(r -> bar(r.label(), r.cells().get(0))).toList();
        String trendDescription = text.chart_trend_desc(
                months.stream().map(b -> b.label() + ": " + b.shown()).collect(Collectors.joining(", ")));
        charts.add(new Chart("chart-trend", text.chart_trend_title(), trendDescription,
                ChartDrawing.vertical("chart-trend", text.chart_trend_title(), trendDescription, months, hidden),
                text.dimension(Dimension.MONTH), text.referrals(), months));

        List<Chart.Bar> durations = report.durations().rows().stream().map(r -> {
            ReportCell median = r.cells().get(1);
            return median.value() == null ? new Chart.Bar(r.label(), null, r.cells().get(0).hidden()
                    ? r.cells().get(0).shown()
                    : "") : bar(r.label(), median);
        }).toList();
        charts.add(new Chart("chart-durations", text.chart_durations_title(), text.chart_durations_desc(),
                ChartDrawing.horizontal("chart-durations", text.chart_durations_title(), text.chart_durations_desc(),
                        durations, hidden),
                text.step_heading(), text.median_days(), durations));
        return charts;
    }

    private static Chart.Bar bar(String label, ReportCell cell) {
        return new Chart.Bar(label, cell.value() == null ? null : cell.value().doubleValue(), cell.shown());
    }
}
