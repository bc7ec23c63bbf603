package fi.silta.importers.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import fi.silta.common.web.Done;
import fi.silta.common.web.ListPage;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.importers.RunLauncher;
import fi.silta.importers.RunStatus;
import fi.silta.importers.RunTrigger;
import fi.silta.importers.SourceService;
import fi.silta.importers.api.RunSummary;
import fi.silta.importers.api.RunView;
import fi.silta.importers.api.SourceView;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Admins' pages for import sources: every source with its last run, and one source with its runs, the
 * records each run could not import and why, and a button to run it now. A page showing a run in progress
 * refreshes itself until the run ends.
 */
@Path("/staff/admin/sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
class ImportAdminPages {

    /** One run as the page shows it. */
    record RunLine(long id, String status, boolean running, String started, String finished, String counts) {
    }

    /** A source with its kind in words and its last run. */
    record SourceLine(SourceView source, String type, RunLine lastRun) {
    }

    /** The list's choices: which sources and which order, each with its words and whether it is the one shown. */
    record SourceChoices(List<Option> shows, List<Option> sorts) {
    }

    record SourcePage(SourceView source, String details, List<RunLine> runs, RunView latest, RunLine latestLine,
            String notice, String problem, List<FailureLine> failures, Done done, SourceFormView form) {
    }

    /** A refused record: its id in the feed, what is wrong in words, the importer's own sentence and an excerpt. */
    record FailureLine(String originId, String problem, String detail, String excerpt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(Chrome chrome, ListPage<SourceLine> sources, SourceFilter filter,
                SourceChoices choices);

        static native TemplateInstance source(Chrome chrome, SourcePage page, boolean refresh);

        static native TemplateInstance newSource(Chrome chrome, SourceFormView form);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss")
            .withZone(ZoneId.of("Europe/Helsinki"));
    private static final int RUNS_SHOWN = 20;

    private final PageContext page;
    private final CurrentUser user;
    private final SourceService sources;
    private final RunLauncher launcher;
    private final Validator validator;
    private final SourceEditing editing;

    ImportAdminPages(PageContext page, CurrentUser user, SourceService sources, RunLauncher launcher,
            Validator validator, SourceEditing editing) {
        this.page = page;
        this.user = user;
        this.sources = sources;
        this.launcher = launcher;
        this.validator = validator;
        this.editing = editing;
    }

    /** Every source with its last run, a page at a time, filtered, searched and sorted as the address says. */
    @GET
    public TemplateInstance sources(@QueryParam("show") String show, @QueryParam("q") String search,
            @QueryParam("sort") String sort, @QueryParam("page") String pageNumber) {
        ImportMessages text = text();
        SourceFilter filter = SourceFilter.of(show, search, sort, pageNumber);
        List<SourceLine> lines = filter.apply(sources.list()).stream().map(s -> new SourceLine(s,
                text.source_type(s.type()), s.lastRun() == null ? null : line(s.lastRun()))).toList();
        ListPage<SourceLine> shown = ListPage.of(lines, filter.page(), SourceFilter.PAGE_SIZE, "/staff/admin/sources",
                filter.query());
        List<Option> shows = List.of(new Option("all", text.sources_show_all(), filter.show() == SourceFilter.Show.ALL),
                new Option("enabled", text.sources_show_enabled(), filter.show() == SourceFilter.Show.ENABLED),
                new Option("disabled", text.sources_show_disabled(), filter.show() == SourceFilter.Show.DISABLED),
                new Option("failing", text.sources_show_failing(), filter.show() == SourceFilter.Show.FAILING));
        List<Option> sorts = List.of(new Option("name", text.sources_sort_name(), filter.sort() == SourceFilter.Sort.NAME),
                new Option("last-run", text.sources_sort_last_run(), filter.sort() == SourceFilter.Sort.LAST_RUN),
                new Option("activities", text.sources_sort_activities(),
                        filter.sort() == SourceFilter.Sort.ACTIVITIES));
        return Templates.sources(page.staffChrome(text.sources_title()), shown, filter,
                new SourceChoices(shows, sorts)).setLocale(page.locale());
    }

    @GET
    @Path("new")
    public TemplateInstance newSource() {
        return Templates.newSource(page.staffChrome(text().source_new_title()), editing.blank())
                .setLocale(page.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam SourceForm form) {
        SourceEditing.Outcome outcome = editing.create(form);
        if (outcome.stored() != null) {
            return Done.CREATED.redirect("/staff/admin/sources/" + outcome.stored());
        }
        return Response.status(400).entity(Templates.newSource(page.staffChrome(text().source_new_title()),
                outcome.again()).setLocale(page.locale())).build();
    }

    @GET
    @Path("{name}")
    public TemplateInstance source(@PathParam("name") String name, @QueryParam(Done.PARAMETER) String done) {
        return sourcePage(name, null, Done.of(done).orElse(null), null);
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("name") String name, @BeanParam SourceForm form) {
        SourceView current = sources.get(name);
        if (current.declared()) {
            // The configuration owns a declared source; the page offers no form for it.
            throw ProblemException.conflict("Source " + name + " is declared in the configuration; change it there");
        }
        SourceEditing.Outcome outcome = editing.update(current, form);
        if (outcome.stored() != null) {
            return Done.SAVED.redirect("/staff/admin/sources/" + name + "#edit");
        }
        return Response.status(400).entity(sourcePage(name, null, null, outcome.again())).build();
    }

    @POST
    @Path("{name}/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("name") String name, @BeanParam RunForm form) {
        sources.get(name);
        if (!validator.validate(form).isEmpty()) {
            // Only a tampered form sends anything but the checkbox's own value.
            throw ProblemException.invalidParameter("force", "must be on or left out");
        }
        try {
            launcher.start(name, RunTrigger.MANUAL, form.forced(), user.username());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(sourcePage(name, text().run_already_running(), null, null)).build();
        }
        return Done.STARTED.redirect("/staff/admin/sources/" + name);
    }

    private TemplateInstance sourcePage(String name, String notice, Done done, SourceFormView refused) {
        ImportMessages text = text();
        SourceView source = sources.get(name);
        List<RunSummary> runs = sources.runs(name, 1, RUNS_SHOWN).items();
        RunView latest = runs.isEmpty() ? null : sources.run(name, runs.get(0).id());
        RunLine latestLine = runs.isEmpty() ? null : line(runs.get(0));
        String details = text.source_details(text.source_type(source.type()),
                interval(Duration.parse(source.syncInterval())));
        String problem = latest == null || latest.message() == null ? null
                : text.run_problem(ImportWords.run(latest.message()));
        List<FailureLine> failures = latest == null ? List.of()
                : latest.errors().stream().map(error -> new FailureLine(error.originId(),
                        text.record_problem(ImportWords.record(error.reason())), error.reason(), error.excerpt()))
                        .toList();
        SourcePage view = new SourcePage(source, details, runs.stream().map(this::line).toList(), latest,
                latestLine, notice, problem, failures, done,
                source.declared() ? null : refused != null ? refused : editing.of(source));
        boolean refresh = latestLine != null && latestLine.running();
        return Templates.source(page.staffChrome(source.name()), view, refresh).setLocale(page.locale());
    }

    private RunLine line(RunSummary run) {
        ImportMessages text = text();
        String counts = run.counts() == null ? ""
                : text.run_counts(run.counts().created(), run.counts().updated(), run.counts().unchanged(),
                        run.counts().archived(), run.counts().failed());
        return new RunLine(run.id(), text.run_status(run.status()), run.status() == RunStatus.RUNNING,
                when(run.startedAt()), when(run.finishedAt()), counts);
    }

    /** A sync interval in words, such as "12 tunnin" for PT12H: days, hours and minutes that are not zero. */
    private String interval(Duration interval) {
        ImportMessages text = text();
        List<String> parts = new ArrayList<>();
        if (interval.toDaysPart() > 0) {
            parts.add(text.interval_days(interval.toDaysPart()));
        }
        if (interval.toHoursPart() > 0) {
            parts.add(text.interval_hours(interval.toHoursPart()));
        }
        if (interval.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(text.interval_minutes(interval.toMinutesPart()));
        }
        return String.join(" ", parts);
    }

    private ImportMessages text() {
        return page.messages(ImportMessages.class);
    }

    private static String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant);
    }
}
