package fi.silta.web;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import fi.silta.importers.RunLauncher;
import fi.silta.importers.RunTrigger;
import fi.silta.importers.SourceService;
import fi.silta.importers.api.RunSummary;
import fi.silta.importers.api.RunView;
import fi.silta.importers.api.SourceView;
import fi.silta.organisations.OrganisationAdminService;
import fi.silta.organisations.RequestStatus;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.security.Role;

/**
 * Admins' pages for import sources: every source with its last run, and one source with its runs, the
 * records each run could not import and why, and a button to run it now. A page showing a run in progress
 * refreshes itself until the run ends.
 */
@Path("/staff/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
class AdminPages {

    /** One run as the page shows it. */
    record RunLine(long id, String status, boolean running, String started, String finished, String counts,
            String trigger) {
    }

    record SourceLine(SourceView source, RunLine lastRun) {
    }

    record SourcePage(SourceView source, List<RunLine> runs, RunView latest, RunLine latestLine, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Chrome chrome);

        static native TemplateInstance sources(Chrome chrome, List<SourceLine> sources);

        static native TemplateInstance source(Chrome chrome, SourcePage page, boolean refresh);

        static native TemplateInstance requests(Chrome chrome, List<RequestLine> pending, List<RequestLine> decided,
                String notice);

        static native TemplateInstance organisations(Chrome chrome, String query, List<OrganisationSummary> organisations);

        static native TemplateInstance organisation(Chrome chrome, OrganisationSummary organisation, String error,
                String value);
    }

    /** A request with its labels in the page's language. */
    record RequestLine(OrganisationRequestView request, String type, String received, String decided) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss")
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final StaffContext context;
    private final SourceService sources;
    private final RunLauncher launcher;
    private final OrganisationAdminService organisations;

    AdminPages(StaffContext context, SourceService sources, RunLauncher launcher,
            OrganisationAdminService organisations) {
        this.context = context;
        this.sources = sources;
        this.launcher = launcher;
        this.organisations = organisations;
    }

    // Organisation requests

    @GET
    @Path("requests")
    public TemplateInstance requests() {
        return requestsPage(null);
    }

    @POST
    @Path("requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            organisations.approve(id, context.language());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(requestsPage(context.admin().request_conflict())).build();
        }
        return Response.seeOther(URI.create("/staff/admin/requests")).build();
    }

    @POST
    @Path("requests/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            organisations.reject(id, form.getFirst("reason"), context.language());
        } catch (ProblemException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            String notice = e.status() == 409 ? context.admin().request_conflict() : context.admin().reason_too_long();
            return Response.status(e.status()).entity(requestsPage(notice)).build();
        }
        return Response.seeOther(URI.create("/staff/admin/requests")).build();
    }

    private TemplateInstance requestsPage(String notice) {
        List<RequestLine> pending = organisations.requests(RequestStatus.PENDING, context.language()).stream()
                .map(this::requestLine).toList();
        List<RequestLine> decided = java.util.stream.Stream.concat(
                organisations.requests(RequestStatus.APPROVED, context.language()).stream(),
                organisations.requests(RequestStatus.REJECTED, context.language()).stream())
                .sorted(java.util.Comparator.comparing(OrganisationRequestView::decidedAt).reversed()).limit(20)
                .map(this::requestLine).toList();
        return Templates.requests(context.chrome(context.admin().requests_title()), pending, decided, notice)
                .setLocale(context.language().locale());
    }

    private RequestLine requestLine(OrganisationRequestView request) {
        return new RequestLine(request, fi.silta.common.Labels.get("OrganisationType." + request.type(),
                context.language()), when(request.createdAt()), when(request.decidedAt()));
    }

    // Organisations and memberships

    @GET
    @Path("organisations")
    public TemplateInstance organisations(@jakarta.ws.rs.QueryParam("q") String query) {
        return Templates.organisations(context.chrome(context.admin().organisations_title()),
                query == null ? "" : query, organisations.organisations(query, context.language()))
                .setLocale(context.language().locale());
    }

    @GET
    @Path("organisations/{id}")
    public TemplateInstance organisation(@PathParam("id") long id) {
        OrganisationSummary organisation = organisations.organisation(id, context.language());
        return Templates.organisation(context.chrome(organisation.name()), organisation, null, "")
                .setLocale(context.language().locale());
    }

    @POST
    @Path("organisations/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String username = form.getFirst("username");
        try {
            organisations.addMember(id, username, context.language());
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            OrganisationSummary organisation = organisations.organisation(id, context.language());
            return Response.status(400).entity(Templates.organisation(context.chrome(organisation.name()),
                    organisation, context.admin().username_invalid(), username == null ? "" : username)
                    .setLocale(context.language().locale())).build();
        }
        return Response.seeOther(URI.create("/staff/admin/organisations/" + id)).build();
    }

    @POST
    @Path("organisations/{id}/members/{username}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("id") long id, @PathParam("username") String username,
            MultivaluedMap<String, String> form) {
        try {
            organisations.removeMember(id, username, context.language());
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        return Response.seeOther(URI.create("/staff/admin/organisations/" + id)).build();
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(context.chrome(context.admin().home_title())).setLocale(context.language().locale());
    }

    @GET
    @Path("sources")
    public TemplateInstance sources() {
        List<SourceLine> lines = sources.list().stream()
                .map(s -> new SourceLine(s, s.lastRun() == null ? null : line(s.lastRun()))).toList();
        return Templates.sources(context.chrome(context.admin().sources_title()), lines)
                .setLocale(context.language().locale());
    }

    @GET
    @Path("sources/{name}")
    public TemplateInstance source(@PathParam("name") String name) {
        return sourcePage(name, null);
    }

    @POST
    @Path("sources/{name}/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("name") String name, MultivaluedMap<String, String> form) {
        sources.get(name);
        boolean forced = "on".equals(form.getFirst("force"));
        try {
            launcher.start(name, RunTrigger.MANUAL, forced, context.user().username());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(sourcePage(name, context.admin().run_already_running())).build();
        }
        return Response.seeOther(URI.create("/staff/admin/sources/" + name)).build();
    }

    private TemplateInstance sourcePage(String name, String notice) {
        SourceView source = sources.get(name);
        List<RunSummary> runs = sources.runs(name, 1, 20).items();
        RunView latest = runs.isEmpty() ? null : sources.run(name, runs.get(0).id());
        RunLine latestLine = runs.isEmpty() ? null : line(runs.get(0));
        SourcePage page = new SourcePage(source, runs.stream().map(this::line).toList(), latest, latestLine, notice);
        boolean refresh = latestLine != null && latestLine.running();
        return Templates.source(context.chrome(source.name()), page, refresh).setLocale(context.language().locale());
    }

    private RunLine line(RunSummary run) {
        AdminMessages text = context.admin();
        String counts = run.counts() == null ? ""
                : text.run_counts(run.counts().created(), run.counts().updated(),
                        run.counts().unchanged(), run.counts().archived(), run.counts().failed());
        return new RunLine(run.id(), status(run.status()), "RUNNING".equals(run.status()), when(run.startedAt()),
                when(run.finishedAt()), counts, run.trigger());
    }

    private String status(String status) {
        AdminMessages text = context.admin();
        return switch (status) {
            case "RUNNING" -> text.status_running();
            case "SUCCEEDED" -> text.status_succeeded();
            case "COMPLETED_WITH_FAILURES" -> text.status_with_failures();
            case "FAILED" -> text.status_failed();
            case "REFUSED" -> text.status_refused();
            default -> status;
        };
    }

    private static String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant);
    }
}
