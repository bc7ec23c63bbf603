package fi.silta.organisations.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.ListPage;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.organisations.OrganisationAdminService;
import fi.silta.organisations.OrganisationProfileService;
import fi.silta.organisations.RequestStatus;
import fi.silta.organisations.api.OrganisationRequestView;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.organisations.api.Username;
import fi.silta.security.Role;

/**
 * Admins' pages for organisations: the administration's front page, the requests to join (approve, or reject
 * with a reason), and each organisation with the publishers an admin made its members.
 */
@Path("/staff/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
class OrganisationAdminPages {

    /**
     * A request with its kind, status and times in the page's language; a rejection that was refused keeps its
     * reason and the message beside it.
     */
    record RequestLine(OrganisationRequestView request, String type, String status, String received,
            String decided, String reason, String reasonError, boolean pending) {
    }

    /** The list's choices: statuses and orders, each with its words and whether it is the one shown. */
    record RequestChoices(List<Option> statuses, List<Option> sorts) {
    }

    /** The request an organisation was just created from: the decision in words and who asked. */
    record FromRequest(OrganisationRequestView request, String decision) {
    }

    /** A rejection's reason that was refused, and why. */
    private record Rejection(long requestId, String reason, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Chrome chrome);

        static native TemplateInstance requests(Chrome chrome, ListPage<RequestLine> shown, RequestFilter filter,
                RequestChoices choices, List<RequestLine> decided, String notice, Done done);

        static native TemplateInstance organisations(Chrome chrome, String query,
                List<OrganisationSummary> organisations);

        static native TemplateInstance organisation(Chrome chrome, OrganisationSummary organisation, String error,
                String value, Done done, FromRequest from, FormView details);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm")
            .withZone(ZoneId.of("Europe/Helsinki"));
    private static final int DECIDED_SHOWN = 20;
    private static final int REQUESTS_SHOWN = 20;

    private final PageContext page;
    private final OrganisationAdminService organisations;
    private final OrganisationProfileService profiles;
    private final Validator validator;

    OrganisationAdminPages(PageContext page, OrganisationAdminService organisations,
            OrganisationProfileService profiles, Validator validator) {
        this.page = page;
        this.organisations = organisations;
        this.profiles = profiles;
        this.validator = validator;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(page.staffChrome(text().home_title())).setLocale(page.locale());
    }

    // Requests to join

    /**
     * The requests, a page at a time: those waiting for a decision, the longest waiting first, unless the admin
     * chose another status, a search or another order.
     */
    @GET
    @Path("requests")
    public TemplateInstance requests(@QueryParam("status") String status, @QueryParam("q") String search,
            @QueryParam("sort") String sort, @QueryParam("page") String pageNumber,
            @QueryParam(Done.PARAMETER) String done) {
        return requestsPage(RequestFilter.of(status, search, sort, pageNumber), null, null,
                Done.of(done).orElse(null));
    }

    @POST
    @Path("requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id) {
        OrganisationRequestView approved;
        try {
            approved = organisations.approve(id, page.language());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(requestsPage(RequestFilter.waiting(), text().request_conflict(), null, null))
                    .build();
        }
        // The admin lands on the new organisation, where the next step (adding its first publisher) is.
        return Done.APPROVED.redirect("/staff/admin/organisations/" + approved.organisationId() + "?request=" + id);
    }

    @POST
    @Path("requests/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @BeanParam RejectForm form) {
        Map<String, String> errors = FormErrors.of(validator.validate(form), msg());
        if (!errors.isEmpty()) {
            Rejection rejection = new Rejection(id, form.reason, errors.get("reason"));
            return Response.status(400).entity(requestsPage(RequestFilter.waiting(), null, rejection, null)).build();
        }
        try {
            organisations.reject(id, form.input(), page.language());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(requestsPage(RequestFilter.waiting(), text().request_conflict(), null, null))
                    .build();
        }
        return Done.REJECTED.redirect("/staff/admin/requests");
    }

    private TemplateInstance requestsPage(RequestFilter filter, String notice, Rejection rejection, Done done) {
        List<OrganisationRequestView> matching = new ArrayList<>(
                filter.apply(organisations.allRequests(filter.status(), page.language())));
        // A refused rejection is shown with its message although the request is on another page of the queue.
        if (rejection != null) {
            organisations.pending(rejection.requestId(), page.language()).ifPresent(request -> {
                matching.removeIf(r -> r.id() == request.id());
                matching.add(0, request);
            });
        }
        ListPage<RequestLine> shown = ListPage.of(matching.stream().map(r -> requestLine(r, rejection)).toList(),
                filter.page(), REQUESTS_SHOWN, "/staff/admin/requests", filter.query());
        List<RequestLine> decided = organisations.latestDecided(DECIDED_SHOWN, page.language()).stream()
                .map(request -> requestLine(request, null)).toList();
        return Templates.requests(page.staffChrome(text().requests_title()), shown, filter, choices(filter), decided,
                notice, done).setLocale(page.locale());
    }

    private RequestChoices choices(RequestFilter filter) {
        OrganisationMessages text = text();
        List<Option> statuses = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            statuses.add(new Option(status.name().toLowerCase(Locale.ROOT), text.request_status(status),
                    status == filter.status()));
        }
        statuses.add(new Option(RequestFilter.ALL, msg().list_filter_any(), filter.status() == null));
        List<Option> sorts = List.of(
                new Option("oldest", text.requests_sort_oldest(), filter.sort() == RequestFilter.Sort.OLDEST),
                new Option("newest", text.requests_sort_newest(), filter.sort() == RequestFilter.Sort.NEWEST),
                new Option("name", text.requests_sort_name(), filter.sort() == RequestFilter.Sort.NAME));
        return new RequestChoices(statuses, sorts);
    }

    private RequestLine requestLine(OrganisationRequestView request, Rejection rejection) {
        OrganisationMessages text = text();
        boolean refused = rejection != null && rejection.requestId() == request.id();
        String decided = request.decidedAt() == null ? null
                : text.decided_line(text.request_status(request.status()), when(request.decidedAt()),
                        request.decidedByShown());
        return new RequestLine(request, text.type(request.type()), text.request_status(request.status()),
                when(request.createdAt()), decided, refused ? rejection.reason() : null,
                refused ? rejection.error() : null, request.status() == RequestStatus.PENDING);
    }

    // Organisations and their publishers

    @GET
    @Path("organisations")
    public TemplateInstance organisations(@QueryParam("q") String query) {
        return Templates.organisations(page.staffChrome(text().organisations_title()), query == null ? "" : query,
                organisations.organisations(query, page.language())).setLocale(page.locale());
    }

    @GET
    @Path("organisations/{id}")
    public TemplateInstance organisation(@PathParam("id") long id, @QueryParam(Done.PARAMETER) String done,
            @QueryParam("request") String request) {
        return organisationPage(id, null, "", Done.of(done).orElse(null), fromRequest(id, request), null);
    }

    @POST
    @Path("organisations/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") long id, @BeanParam MemberForm form) {
        if (!validator.validate(form).isEmpty()) {
            // Every broken rule of a user name has the same remedy, which the message says.
            return Response.status(400).entity(organisationPage(id, text().username_invalid(),
                    form.username == null ? "" : form.username, null, null, null)).build();
        }
        organisations.addMember(id, form.username, page.language());
        return Done.ADDED.redirect("/staff/admin/organisations/" + id);
    }

    @POST
    @Path("organisations/{id}/members/{username}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("id") long id, @PathParam("username") @Username String username) {
        try {
            organisations.removeMember(id, username, page.language());
        } catch (ProblemException e) {
            // Already removed, perhaps in another tab: the page shows the members as they are now.
            if (e.status() != 404) {
                throw e;
            }
        }
        return Done.REMOVED.redirect("/staff/admin/organisations/" + id);
    }

    /** The description and postal address: a postal code Silta does not know is answered beside its field. */
    @POST
    @Path("organisations/{id}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describe(@PathParam("id") long id, @BeanParam DetailsForm form) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(form), msg()));
        if (errors.containsKey("postalCode")) {
            errors.put("postalCode", text().postal_code_invalid());
        }
        if (errors.isEmpty()) {
            try {
                profiles.describe(id, form.description(), form.streetAddress, form.postalCode, page.language());
                return Done.SAVED.redirect("/staff/admin/organisations/" + id + "#details");
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                errors.put("postalCode", form.postalCode == null || form.postalCode.isBlank()
                        ? text().postal_code_needed()
                        : text().postal_code_invalid());
            }
        }
        FormView details = new FormView(form.values(), errors, List.of());
        return Response.status(400).entity(organisationPage(id, null, "", null, null, details)).build();
    }

    private TemplateInstance organisationPage(long id, String error, String value, Done done, FromRequest from,
            FormView details) {
        OrganisationSummary organisation = organisations.organisation(id, page.language());
        FormView shown = details != null ? details
                : new FormView(DetailsForm.values(organisation), Map.of(), List.of());
        return Templates.organisation(page.staffChrome(organisation.name()), organisation, error, value, done, from,
                shown).setLocale(page.locale());
    }

    /** The request the organisation was created from, when the address names it and it is that organisation's. */
    private FromRequest fromRequest(long organisationId, String requestId) {
        if (requestId == null || !requestId.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return organisations.request(Long.parseLong(requestId), page.language())
                .filter(request -> request.organisationId() != null && request.organisationId() == organisationId)
                .map(request -> new FromRequest(request, text().decided_line(text().request_status(request.status()),
                        when(request.decidedAt()), request.decidedByShown())))
                .orElse(null);
    }

    private OrganisationMessages text() {
        return page.messages(OrganisationMessages.class);
    }

    private PageMessages msg() {
        return page.messages(PageMessages.class);
    }

    private static String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant);
    }
}
