package fi.silta.referrals.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.referrals.CaseStep;
import fi.silta.referrals.CaseloadService;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.LinkPersonService;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralActivities;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.ReferralService;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.SuggestedServices;
import fi.silta.referrals.api.ActivitiesInput;
import fi.silta.referrals.api.AssignmentInput;
import fi.silta.referrals.api.CaseFile;
import fi.silta.referrals.api.ContactInput;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.ReturnInput;
import fi.silta.referrals.api.StepInput;
import fi.silta.referrals.api.Suggestion;
import fi.silta.referrals.api.TransitionInput;
import fi.silta.security.Role;

/**
 * One referral's case: the nurse follows it and suggests activities, its target (the link-person, or the nurse
 * for a referral without one) records contacts and steps and closes it, the coordinator assigns it. Every form
 * answers with the case page again: moved on, or with the reason it could not be done beside the field to correct.
 */
@Path("/staff/referrals/{id: [0-9]+}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class CasePages {

    /** The case page's forms, each as last sent when it was refused, else as it starts. */
    record Forms(Form contact, Form giveBack, Form move, Form assign) {
    }

    /** What the case page shows of a case, with the choices its forms offer. */
    record CasePage(CaseFile file, List<ReferralActivities.Choice> suggested, String query,
            List<ReferralActivities.Choice> found, List<Suggestion> suggestions, List<Outcome> outcomes,
            List<Option> steps, List<Option> contactKinds, Forms forms, ErrorSummary summary, CaseFacts facts,
            String confirmation, List<SuggestedServices.Choice> services,
            List<SuggestedServices.Choice> foundServices) {

        public ReferralView referral() {
            return file.referral();
        }

        /** The day something happened, as the county's clocks read it. */
        public String day(Instant at) {
            return at == null ? "" : DAY.format(at);
        }

        /** Whether the case is still open: a closed one offers no work on it, only its record. */
        public boolean open() {
            return !file.referral().status().terminal();
        }

        /** Whether the user plans the client's activities: the nurse who wrote it, or whoever works it. */
        public boolean plans() {
            return file.requester() || file.works();
        }

        /** Whether the user may correct the referral: its nurse or its coordinator, while it is open. */
        public boolean correctable() {
            return open() && (file.requester() || file.coordinator());
        }

        /** Whether the user may still change the plan: planning on an open case. */
        public boolean changesPlan() {
            return plans() && open();
        }

        /** The outcomes that fit a closing move: attendance completes a case, every other outcome fails it. */
        public List<Outcome> outcomes(ReferralStatus move) {
            return outcomes.stream().filter(o -> (o == Outcome.ATTENDED) == (move == ReferralStatus.COMPLETED))
                    .toList();
        }

        /** The form of one move: as sent, when that move was refused, else empty. */
        public Form moveForm(ReferralStatus move) {
            return forms.move().value("status").equals(move.code()) ? forms.move()
                    : Form.fresh(forms.move().action(), Map.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referral(Chrome chrome, CasePage page);

        static native TemplateInstance open(Chrome chrome, String path);
    }

    private static final String FETCH_SITE = "Sec-Fetch-Site";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(ReferralsConfig.TIME_ZONE);

    private final PageContext page;
    private final ReferralQueries queries;
    private final ReferralService referrals;
    private final CaseloadService caseload;
    private final LinkPersonService linkPersons;
    private final ReferralActivities activities;
    private final SuggestedServices services;
    private final Validator validator;
    private final Clock clock;

    /** The service a form names, to suggest or to take off. */
    record ServicePick(@NotNull Long service) {
    }

    CasePages(PageContext page, ReferralQueries queries, ReferralService referrals, CaseloadService caseload,
            LinkPersonService linkPersons, ReferralActivities activities, SuggestedServices services,
            Validator validator, Clock clock) {
        this.services = services;
        this.page = page;
        this.queries = queries;
        this.referrals = referrals;
        this.caseload = caseload;
        this.linkPersons = linkPersons;
        this.activities = activities;
        this.validator = validator;
        this.clock = clock;
    }

    /** The case. */
    @GET
    public TemplateInstance referral(@RestPath long id, @HeaderParam(FETCH_SITE) String site,
            @RestQuery String done) {
        if (fromAnotherSite(site)) {
            return openPage(path(id));
        }
        return casePage(id, null, fresh(id), null, ReferralDone.confirmation(done, text()));
    }

    /**
     * The case with activities to suggest in the client's municipality found by the words typed. The words are
     * posted, not put in the address, where they would stay in the browser's history and proxies' logs beside the
     * referral's number.
     */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    public TemplateInstance search(@RestPath long id, @RestForm String q) {
        return casePage(id, q, fresh(id), null, null);
    }

    /** The nurse adds or removes one suggested activity; whoever plans with the client names one session. */
    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    public Response activities(@RestPath long id, @RestForm Long add, @RestForm Long remove, @RestForm Long plan) {
        ReferralView current = queries.get(id);
        List<Long> chosen = new ArrayList<>(current.activityIds());
        Long session = plan != null ? plan : current.occurrenceId();
        if (add != null && !chosen.contains(add)) {
            chosen.add(add);
        }
        if (remove != null) {
            chosen.remove(remove);
            session = null;
        }
        ActivitiesInput input = new ActivitiesInput(chosen, session);
        return act(id, input, null, null, ReferralDone.ACTIVITIES, () -> referrals.suggestActivities(id, input));
    }

    /** The nurse or whoever works the case names one published service on it as suggested. */
    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    public Response addService(@RestPath long id, @RestForm Long service) {
        ServicePick input = new ServicePick(service);
        return act(id, input, null, null, ReferralDone.SERVICES, () -> services.add(id, service));
    }

    /** The same people take a suggested service off the case. */
    @POST
    @Path("services/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    public Response removeService(@RestPath long id, @RestForm Long service) {
        ServicePick input = new ServicePick(service);
        return act(id, input, null, null, ReferralDone.SERVICES, () -> services.remove(id, service));
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestForm String status, @RestForm Outcome outcome,
            @RestForm String reason) {
        TransitionInput input = new TransitionInput(ReferralStatus.fromCode(status).orElse(null), outcome, reason);
        Form sent = Form.fresh(path(id) + "/transitions", values("status", status, "reason", reason));
        return act(id, input, sent, (forms, refused) -> new Forms(forms.contact(), forms.giveBack(), refused,
                forms.assign()), ReferralDone.MOVED, () -> referrals.move(id, input));
    }

    /** The assigned link-person gives a case not yet accepted back to the coordinator, with a reason. */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.LINK_PERSON)
    public Response giveBack(@RestPath long id, @RestForm String reason) {
        ReturnInput input = new ReturnInput(reason);
        Form sent = Form.fresh(path(id) + "/return", values("reason", reason));
        return act(id, input, sent, (forms, refused) -> new Forms(forms.contact(), refused, forms.move(),
                forms.assign()), ReferralDone.RETURNED, () -> caseload.giveBack(id, input));
    }

    @POST
    @Path("steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@RestPath long id, @RestForm CaseStep step) {
        StepInput input = new StepInput(step);
        return act(id, input, null, null, ReferralDone.STEP, () -> referrals.reachStep(id, input));
    }

    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Response assign(@RestPath long id, @RestForm String linkPerson) {
        AssignmentInput input = new AssignmentInput(linkPerson);
        Form sent = Form.fresh(path(id) + "/assignment", values("linkPerson", linkPerson));
        return act(id, input, sent, (forms, refused) -> new Forms(forms.contact(), forms.giveBack(), forms.move(),
                refused), ReferralDone.ASSIGNED, () -> caseload.assign(id, input));
    }

    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(@RestPath long id, @BeanParam ContactForm form) {
        Form sent = Form.fresh(path(id) + "/contacts", form.values());
        ContactInput input = form.toInput();
        return act(id, input, sent, validator.validate(form), (forms, refused) -> new Forms(refused,
                forms.giveBack(), forms.move(), forms.assign()), ReferralDone.CONTACT, () -> referrals.addContact(id, input));
    }

    /** Which of the case page's forms a refused one replaces. */
    private interface Refused {
        Forms in(Forms forms, Form refused);
    }

    private Response act(long id, Object input, Form sent, Refused slot, ReferralDone done, Runnable action) {
        return act(id, input, sent, Set.of(), slot, done, action);
    }

    /**
     * A case action from one of the page's forms: back to the case, or the case page again with the reason it
     * was refused, beside the field of the form that was sent (400), or above the page (409: not in this status).
     */
    private Response act(long id, Object input, Form sent, Set<? extends ConstraintViolation<?>> formViolations,
            Refused slot, ReferralDone done, Runnable action) {
        FieldMessages messages = new FieldMessages(page.messages(PageMessages.class), text());
        Map<String, String> errors = new LinkedHashMap<>(messages.of(formViolations));
        messages.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                action.run();
                // A case given back is no longer the link-person's to see: they go on with their caseload.
                String next = done == ReferralDone.RETURNED ? "/staff/referrals" + done.query()
                        : path(id) + done.query() + (done == ReferralDone.CONTACT ? "#contacts" : "");
                return Response.seeOther(URI.create(next)).build();
            } catch (ProblemException e) {
                if (e.status() == 409) {
                    ErrorSummary notNow = new ErrorSummary(List.of(text().not_now()), List.of());
                    return Response.status(409).entity(casePage(id, null, fresh(id), notNow, null)).build();
                }
                if (e.status() != 400) {
                    throw e;
                }
                errors.putAll(messages.of(e));
            }
        }
        boolean noOutcome = page.messages(PageMessages.class).validation_required().equals(errors.get("outcome"));
        String notice = noOutcome ? text().outcome_needed() : text().form_has_errors();
        Form refused = Form.refused(sent == null ? path(id) : sent.action(), sent == null ? Map.of() : sent.values(),
                errors, notice);
        Forms forms = slot == null ? fresh(id) : slot.in(fresh(id), refused);
        ErrorSummary summary = refused.summary(field -> fieldId(refused, field), field -> label(field));
        return Response.status(400).entity(casePage(id, null, forms, summary, null)).build();
    }

    /** The forms as they start; a contact is usually recorded on the day it happened. */
    private Forms fresh(long id) {
        String today = LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)).toString();
        return new Forms(Form.fresh(path(id) + "/contacts", Map.of("date", today)),
                Form.fresh(path(id) + "/return", Map.of()), Form.fresh(path(id) + "/transitions", Map.of()),
                Form.fresh(path(id) + "/assignment", Map.of()));
    }

    /** The id of a refused field's input on the case page, where each form names its fields apart. */
    private static String fieldId(Form form, String field) {
        String action = form.action();
        if (field.equals("step")) {
            return "step";
        }
        if (action.endsWith("/return")) {
            return "return-reason";
        }
        if (action.endsWith("/transitions")) {
            return field + "-" + form.value("status");
        }
        return "f-" + field;
    }

    private String label(String field) {
        ReferralMessages text = text();
        return switch (field) {
            case "reason" -> text.field_reason();
            case "outcome" -> text.field_outcome();
            case "kind" -> text.field_kind();
            case "date" -> text.field_date();
            case "note" -> text.field_note();
            case "linkPerson" -> text.field_link_person_name();
            default -> null;
        };
    }

    private TemplateInstance casePage(long id, String query, Forms forms, ErrorSummary summary,
            String confirmation) {
        CaseFile file = queries.caseFile(id);
        ReferralView referral = file.referral();
        Language language = page.language();
        boolean plans = file.requester() || file.works();
        List<ReferralActivities.Choice> suggested = plans
                ? activities.suggested(referral.activityIds(), referral.occurrenceId(), language)
                : List.of();
        List<ReferralActivities.Choice> found = plans ? activities.find(query, referral.municipality(), language)
                : List.of();
        // Services beside the activities, with what only professionals read: the page is for signed-in staff.
        List<SuggestedServices.Choice> suggestedServices = plans ? services.suggested(id, language) : List.of();
        List<SuggestedServices.Choice> foundServices = plans && !file.referral().status().terminal()
                ? services.find(query, referral.municipality(), language).stream()
                        .filter(s -> suggestedServices.stream().noneMatch(c -> c.id() == s.id())).toList()
                : List.of();
        List<Suggestion> suggestions = file.coordinator() && referral.linkPersonNeeded() ? caseload.suggestions(id)
                : List.of();
        ReferralMessages text = text();
        CaseFacts facts = CaseFacts.of(file, text, language, queries.staffNames(CaseFacts.usernames(file)),
                queries.municipalityNames(language));
        CasePage casePage = new CasePage(file, suggested, query == null ? "" : query, found, suggestions,
                List.of(Outcome.values()), ReferralPages.options(CaseStep.values(), text::step),
                ReferralPages.options(ContactKind.values(), text::contactKind), forms,
                summary == null ? ErrorSummary.NONE : summary, facts, confirmation, suggestedServices, foundServices);
        // The title names the referral, not the client: titles stay in browser history and tab bars.
        return Templates.referral(page.staffChrome(text.case_title(referral.id())), casePage)
                .setLocale(page.locale());
    }

    private static String path(long id) {
        return "/staff/referrals/" + id;
    }

    /**
     * Whether the browser came here from a link on another site (Fetch Metadata). Such a visit is not read as the
     * user's own access to the client's data: a link anywhere could otherwise make a signed-in coordinator's
     * browser write a read of any case into the access log. The user opens the case with one more click.
     */
    private static boolean fromAnotherSite(String site) {
        return "cross-site".equals(site) || "same-site".equals(site);
    }

    /** A page that reads nothing: the way on to the case, for a user who followed a link from elsewhere. */
    private TemplateInstance openPage(String path) {
        return Templates.open(page.staffChrome(text().open_title()), path).setLocale(page.locale());
    }

    /** A refused form's values by name; what is null was not sent. */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }

    private ReferralMessages text() {
        return page.messages(ReferralMessages.class);
    }
}
