package fi.silta.referrals.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
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
import fi.silta.referrals.CaseloadService;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.Need;
import fi.silta.referrals.ReferralActivities;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.ReferralService;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.SuggestedServices;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.OverdueCase;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * The referral list of each role (a nurse's own referrals, a link-person's cases, a coordinator's county with its
 * queue and overdue cases) and the nurse's form for a new referral. Client data is read through the referral
 * services, which check who may see it and write the access log.
 */
@Path("/staff/referrals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class ReferralPages {

    /**
     * The activities on the form: those picked so far, and the groups the form's activity search found ({@code
     * searched} once it ran).
     */
    record ActivityChoices(List<ReferralActivities.Choice> chosen, List<ReferralActivities.PickGroup> groups,
            boolean searched) {
    }

    /**
     * The ongoing services on the form: those picked so far and those the same search found in the client's
     * municipality, with what only professionals read.
     */
    record ServiceChoices(List<SuggestedServices.Choice> chosen, List<SuggestedServices.Choice> found,
            boolean searched) {

        static final ServiceChoices NONE = new ServiceChoices(List.of(), List.of(), false);
    }

    /** The choices of the nurse's form, labelled in the page's language. */
    record Choices(List<Option> municipalities, List<Option> contexts, List<Option> needs, List<Option> urgencies,
            List<Option> languages, List<Option> consents) {
    }

    /** The choices of the list's filters, labelled in the page's language. */
    record ListChoices(List<Option> statuses, List<Option> urgencies, List<Option> municipalities, List<Option> sorts) {
    }

    /** Municipalities and staff by name, for a list that holds their codes and user names. */
    record Names(Map<String, String> municipalities, Map<String, String> people) {

        public String municipality(String code) {
            return municipalities.getOrDefault(code, code);
        }

        public String person(String username) {
            return people.getOrDefault(username, username);
        }

        /** The day something happened, as the county's clocks read it. */
        public String day(Instant at) {
            return at == null ? "–" : DAY.format(at);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, List<ReferralRow> referrals, ReferralList shown,
                List<OverdueCase> overdue, boolean nurse, boolean coordinator, Names names, ListChoices choices,
                String confirmation);

        static native TemplateInstance form(Chrome chrome, Form form, Choices choices, ActivityChoices activities,
                ServiceChoices services, ErrorSummary summary);
    }

    private static final String ACTION = "/staff/referrals";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(ReferralsConfig.TIME_ZONE);

    private final PageContext page;
    private final CurrentUser user;
    private final ReferralService referrals;
    private final ReferralQueries queries;
    private final CaseloadService caseload;
    private final Validator validator;
    private final ReferralActivities activities;
    private final SuggestedServices services;

    ReferralPages(PageContext page, CurrentUser user, ReferralService referrals, ReferralQueries queries,
            CaseloadService caseload, Validator validator, ReferralActivities activities,
            SuggestedServices services) {
        this.activities = activities;
        this.services = services;
        this.page = page;
        this.user = user;
        this.referrals = referrals;
        this.queries = queries;
        this.caseload = caseload;
        this.validator = validator;
    }

    /** The user's referrals, filtered, sorted and a page at a time; the filters in the address name no client. */
    @GET
    public TemplateInstance list(@RestQuery String done, @RestQuery String status, @RestQuery String urgency,
            @RestQuery String municipality, @RestQuery String from, @RestQuery String to, @RestQuery String overdue,
            @RestQuery String number, @RestQuery String sort, @RestQuery String page) {
        return listPage(ReferralList.Filter.of(status, urgency, municipality, from, to, overdue, number, null, sort,
                page), ReferralDone.confirmation(done, text()));
    }

    /**
     * The list searched by a client's name: posted, so that the name never stands in an address, the browser's
     * history or a proxy's log.
     */
    @POST
    @Path("find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance find(@RestForm String name, @RestForm String status, @RestForm String urgency,
            @RestForm String municipality, @RestForm String sort) {
        return listPage(ReferralList.Filter.of(status, urgency, municipality, null, null, null, null, name, sort,
                null), null);
    }

    private TemplateInstance listPage(ReferralList.Filter filter, String confirmation) {
        boolean coordinator = user.has(Role.COORDINATOR);
        List<OverdueCase> overdue = coordinator ? caseload.overdue() : List.of();
        List<ReferralRow> rows = caseload.list();
        List<String> people = new ArrayList<>();
        rows.forEach(row -> people.add(row.assignedTo()));
        overdue.forEach(row -> people.add(row.assignedTo()));
        Language language = page.language();
        Names names = new Names(queries.municipalityNames(language), queries.staffNames(people));
        ReferralMessages text = text();
        ReferralListMessages words = page.messages(ReferralListMessages.class);
        ListChoices choices = new ListChoices(
                Arrays.stream(ReferralStatus.values()).map(st -> new Option(st.code(), text.status(st), false))
                        .toList(),
                options(Urgency.values(), text::urgency),
                queries.municipalities(language).stream().map(m -> new Option(m.code(), m.name(), false)).toList(),
                List.of(new Option("newest", words.sort_newest(), false),
                        new Option("oldest", words.sort_oldest(), false),
                        new Option("urgency", words.sort_urgency(), false),
                        new Option("due", words.sort_due(), false)));
        return Templates.list(page.staffChrome(text.list_title()), rows, ReferralList.of(rows, filter), overdue,
                user.has(Role.NURSE), coordinator, names, choices, confirmation).setLocale(page.locale());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.NURSE)
    public TemplateInstance form() {
        Map<String, String> values = new HashMap<>();
        values.put("client.language", page.language().code());
        values.put("urgency", Urgency.ROUTINE.name());
        return formPage(Form.fresh(ACTION, values), new ActivityChoices(List.of(), List.of(), false),
                ServiceChoices.NONE);
    }

    /** Sends the nurse's referral, or shows the form again with a message beside each field to correct. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.NURSE)
    public Response create(@BeanParam ReferralForm form) {
        if (form.findsActivities()) {
            // Searching is part of writing: the form comes back as it was, with what was found; nothing is sent.
            List<Long> chosen = form.chosenActivities();
            List<ReferralActivities.PickGroup> found = activities.pick(form.activityWords, form.municipality,
                    form.activityPostalCode, page.language());
            List<ReferralActivities.PickGroup> unchosen = found.stream()
                    .map(g -> new ReferralActivities.PickGroup(g.where(),
                            g.choices().stream().filter(c -> !chosen.contains(c.id())).toList()))
                    .toList();
            List<Long> services = form.chosenServices();
            ServiceChoices serviceChoices = new ServiceChoices(this.services.chosen(services, page.language()),
                    this.services.find(form.activityWords, form.municipality, page.language()).stream()
                            .filter(s -> !services.contains(s.id())).toList(),
                    form.activityWords != null && !form.activityWords.isBlank());
            return Response.ok(formPage(Form.fresh(ACTION, form.valuesWhileWriting()),
                    new ActivityChoices(activities.suggested(chosen, null, page.language()), unchosen, true),
                    serviceChoices)).build();
        }
        ReferralInput input = form.toInput();
        FieldMessages messages = new FieldMessages(page.messages(PageMessages.class), text());
        Map<String, String> errors = new LinkedHashMap<>(messages.of(validator.validate(form)));
        messages.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                ReferralView created = referrals.create(input);
                for (Long service : form.chosenServices()) {
                    suggestService(created.id(), service);
                }
                return Response.seeOther(URI.create(ACTION + "/" + created.id() + ReferralDone.SENT.query())).build();
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                errors.putAll(messages.of(e));
            }
        }
        Form refused = Form.refused(ACTION, form.values(), errors, text().form_has_errors());
        return Response.status(400).entity(formPage(refused, new ActivityChoices(
                activities.suggested(form.chosenActivities(), null, page.language()), List.of(), false),
                new ServiceChoices(services.chosen(form.chosenServices(), page.language()), List.of(), false)))
                .build();
    }

    /** Names a service picked on the form on the sent referral; one withdrawn meanwhile is left off. */
    private void suggestService(long referralId, long serviceId) {
        try {
            services.add(referralId, serviceId);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
        }
    }

    private TemplateInstance formPage(Form form, ActivityChoices picked, ServiceChoices services) {
        ReferralMessages text = text();
        Language language = page.language();
        Choices choices = new Choices(
                queries.municipalities(language).stream().map(m -> new Option(m.code(), m.name(), false)).toList(),
                options(ReferralContext.values(), text::context), options(Need.values(), text::need),
                options(Urgency.values(), text::urgency),
                Arrays.stream(Language.values()).map(l -> new Option(l.code(), text.language(l), false)).toList(),
                options(ConsentRecipient.values(), text::consent));
        Map<String, String> labels = Map.ofEntries(Map.entry("client.firstName", text.field_first_name()),
                Map.entry("client.lastName", text.field_last_name()),
                Map.entry("client.identityCode", text.field_identity_code()),
                Map.entry("client.birthYear", text.field_birth_year()), Map.entry("client.phone", text.field_phone()),
                Map.entry("client.email", text.field_email()), Map.entry("client.language", text.field_language()),
                Map.entry("municipality", text.field_municipality()), Map.entry("context", text.field_context()),
                Map.entry("needs", text.field_needs()), Map.entry("interests", text.field_interests()),
                Map.entry("linkPersonReason", text.field_link_person_reason()),
                Map.entry("urgency", text.field_urgency()), Map.entry("unit", text.field_unit()),
                Map.entry("followUpOn", text.field_follow_up()), Map.entry("consents", text.section_consent()));
        ErrorSummary summary = form.summary(name -> "f-" + name, labels::get);
        return Templates.form(page.staffChrome(text.form_title()), form, choices, picked, services, summary)
                .setLocale(page.locale());
    }

    /** The constants as a form's options, by name, labelled by their enum message. */
    static <E extends Enum<E>> List<Option> options(E[] constants, Function<E, String> label) {
        return Arrays.stream(constants).map(c -> new Option(c.name(), label.apply(c), false)).toList();
    }

    private ReferralMessages text() {
        return page.messages(ReferralMessages.class);
    }
}
