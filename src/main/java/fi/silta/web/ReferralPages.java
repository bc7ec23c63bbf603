package fi.silta.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.CaseStep;
import fi.silta.referrals.ContactKind;
import fi.silta.referrals.LinkPersonService;
import fi.silta.referrals.Need;
import fi.silta.referrals.Outcome;
import fi.silta.referrals.ReferralContext;
import fi.silta.referrals.ReferralService;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.ContactInput;
import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.OverdueCase;
import fi.silta.referrals.api.ReferralInput;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;
import fi.silta.referrals.api.Suggestion;
import fi.silta.referrals.api.TransitionInput;
import fi.silta.security.Role;
import fi.silta.web.PublisherViews.Form;

/**
 * Referral pages: the nurse writes a referral and follows it, the link-person works the case, the coordinator
 * assigns and watches overdue cases. Every page reads client data through {@link ReferralService}, which
 * checks who may see it and writes the access log.
 */
@Path("/staff/referrals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class ReferralPages {

    record Line(ReferralRow row, String status, String nextStep, String due) {
    }

    record Move(String code, String label, boolean closing) {
    }

    record Contact(ContactView contact, String kind, String date) {
    }

    record CasePage(ReferralView referral, String status, String step, String outcome, List<String> needs,
            List<Move> moves, List<Choice> outcomes, boolean works, List<Choice> steps, List<Choice> contactKinds,
            List<Contact> contacts, boolean coordinator, List<Suggestion> suggestions, Form contactForm,
            String notice, boolean requester, List<Suggested> activities, String query, List<Suggested> found,
            boolean mayReturn, String followUp) {
    }

    /** An activity as a referral shows it: title, next session, where. */
    record Suggested(long id, String title, String next, String where, List<Session> sessions) {
    }

    /** A session of a suggested activity, which the plan may name. */
    record Session(long id, String when, boolean planned) {
    }

    record PrintPage(String firstName, List<fi.silta.catalogue.api.ActivityDetail> activities, String linkPerson,
            String linkPersonEmail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, List<Line> referrals, List<OverdueCase> overdue,
                boolean nurse, boolean coordinator);

        static native TemplateInstance form(Chrome chrome, Form form, List<Choice> municipalities,
                List<Choice> contexts, List<Choice> needs, List<Choice> urgencies, List<Choice> languages);

        static native TemplateInstance referral(Chrome chrome, CasePage page);

        static native TemplateInstance print(Chrome chrome, PrintPage page);

        static native TemplateInstance linkPersons(Chrome chrome, List<fi.silta.referrals.api.LinkPersonView> people,
                Form form, List<Choice> municipalities, List<Choice> languages);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final StaffContext context;
    private final ReferralService referrals;
    private final LinkPersonService linkPersons;
    private final MunicipalityRepository municipalities;
    private final fi.silta.catalogue.CatalogueService catalogue;
    private final fi.silta.referrals.ReferralsConfig referralsConfig;
    private final fi.silta.search.ActivitySearchService search;
    private final fi.silta.search.ActivityQueryParser parser;

    ReferralPages(StaffContext context, ReferralService referrals, LinkPersonService linkPersons,
            MunicipalityRepository municipalities, fi.silta.catalogue.CatalogueService catalogue,
            fi.silta.search.ActivitySearchService search, fi.silta.search.ActivityQueryParser parser,
            fi.silta.referrals.ReferralsConfig referralsConfig) {
        this.referralsConfig = referralsConfig;
        this.catalogue = catalogue;
        this.search = search;
        this.parser = parser;
        this.context = context;
        this.referrals = referrals;
        this.linkPersons = linkPersons;
        this.municipalities = municipalities;
    }

    @GET
    public TemplateInstance list() {
        boolean coordinator = context.user().has(Role.COORDINATOR);
        List<Line> lines = referrals.list().stream().map(r -> new Line(r, status(r.status()),
                r.nextStep() == null ? "–" : step(r.nextStep()), r.due() == null ? "–" : DATE.format(r.due())))
                .toList();
        List<OverdueCase> overdue = coordinator ? referrals.overdue() : List.of();
        return Templates.list(context.chrome(text().list_title()), lines, overdue,
                context.user().has(Role.NURSE), coordinator).setLocale(context.language().locale());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.NURSE)
    public TemplateInstance form() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client.language", context.language().code());
        values.put("urgency", Urgency.ROUTINE.name());
        return formPage(new Form("/staff/referrals", values, Map.of(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.NURSE)
    public Response create(MultivaluedMap<String, String> form) {
        List<FieldError> unreadable = new ArrayList<>();
        Integer birthYear = null;
        String year = form.getFirst("client.birthYear");
        if (year != null && !year.isBlank()) {
            try {
                birthYear = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new FieldError("client.birthYear", "invalid-number", "Not a number"));
            }
        }
        LocalDate followUp = null;
        String followUpText = form.getFirst("followUpOn");
        if (followUpText != null && !followUpText.isBlank()) {
            try {
                followUp = LocalDate.parse(followUpText.strip());
            } catch (DateTimeParseException e) {
                unreadable.add(new FieldError("followUpOn", "invalid-date", "Not a date"));
            }
        }
        boolean linkPerson = "on".equals(form.getFirst("linkPersonNeeded"));
        List<ReferralInput.ConsentInput> consents = new ArrayList<>();
        for (String recipient : List.of("LINK_PERSON", "ACTIVITY_ORGANISER", "ANONYMOUS_STATISTICS")) {
            consents.add(new ReferralInput.ConsentInput(recipient,
                    form.get("consents") != null && form.get("consents").contains(recipient)));
        }
        ReferralInput input = new ReferralInput(new ReferralInput.ClientInput(form.getFirst("client.firstName"),
                form.getFirst("client.lastName"), blankToNull(form.getFirst("client.identityCode")), birthYear,
                blankToNull(form.getFirst("client.phone")), blankToNull(form.getFirst("client.email")),
                form.getFirst("client.language"), "on".equals(form.getFirst("client.interpreterNeeded"))),
                form.getFirst("municipality"), form.getFirst("context"),
                form.get("needs") == null ? List.of() : form.get("needs"), form.getFirst("interests"), consents,
                List.of(), null, linkPerson, form.getFirst("linkPersonReason"), form.getFirst("urgency"),
                form.getFirst("unit"), true, followUp);
        try {
            if (!unreadable.isEmpty()) {
                throw new ProblemException(400, "invalid-input", "Invalid input", "Unreadable fields", unreadable);
            }
            ReferralView created = referrals.create(input);
            return Response.seeOther(URI.create("/staff/referrals/" + created.id())).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> values = PublisherForms.values(form);
            values.remove("csrf-token");
            // The identity code is not sent back in the page: it is typed again.
            values.remove("client.identityCode");
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), message(error.code()));
            }
            return Response.status(400).entity(formPage(new Form("/staff/referrals", values, errors,
                    List.of(text().form_has_errors())))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance referral(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("q") String query) {
        return casePage(id, emptyContactForm(id), null, query);
    }

    /** The nurse adds or removes one suggested activity. */
    @POST
    @Path("{id}/activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON })
    public Response activities(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ReferralView current = referrals.get(id);
        List<Long> chosen = new ArrayList<>(current.activityIds());
        Long occurrence = current.occurrenceId();
        try {
            if (form.getFirst("plan") != null) {
                occurrence = Long.valueOf(form.getFirst("plan"));
            }
            if (form.getFirst("add") != null) {
                Long add = Long.valueOf(form.getFirst("add"));
                if (!chosen.contains(add)) {
                    chosen.add(add);
                }
            }
            if (form.getFirst("remove") != null) {
                chosen.remove(Long.valueOf(form.getFirst("remove")));
                occurrence = null;
            }
        } catch (NumberFormatException e) {
            return Response.status(400).entity(casePage(id, emptyContactForm(id), text().form_has_errors(), null))
                    .build();
        }
        Long planned = occurrence;
        return act(id, () -> referrals.suggestActivities(id, chosen, planned));
    }

    /** A sheet for the client: the suggested activities with their next sessions, and who to call. */
    @GET
    @Path("{id}/print")
    public TemplateInstance print(@PathParam("id") long id) {
        ReferralView referral = referrals.get(id);
        List<fi.silta.catalogue.api.ActivityDetail> details = new ArrayList<>();
        for (Long activityId : referral.activityIds()) {
            try {
                details.add(catalogue.get(activityId, referral.client().language().equals("fi")
                        ? context.language()
                        : fi.silta.common.Language.fromCode(referral.client().language())
                                .orElse(context.language())));
            } catch (ProblemException e) {
                // Withdrawn since it was suggested: left off the sheet.
            }
        }
        String email = referral.assignedTo() == null ? null : linkPersons.emailOf(referral.assignedTo());
        String name = referral.assignedTo() == null ? null : linkPersons.displayNameOf(referral.assignedTo());
        Chrome chrome = context.chrome(text().print_title());
        Chrome printChrome = new Chrome(chrome.lang(), chrome.title(), chrome.languages(), true, chrome.staff());
        return Templates.print(printChrome, new PrintPage(referral.client().firstName(), details, name, email))
                .setLocale(context.language().locale());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> referrals.move(id, new TransitionInput(form.getFirst("status"),
                blankToNull(form.getFirst("outcome")), form.getFirst("reason"))));
    }

    /** The assigned link-person gives a case not yet accepted back to the coordinator, with a reason. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.LINK_PERSON)
    public Response giveBack(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> referrals.giveBack(id, form.getFirst("reason")));
    }

    @GET
    @Path("link-persons")
    @RolesAllowed(Role.COORDINATOR)
    public TemplateInstance linkPersons() {
        return linkPersonsPage(new Form("/staff/referrals/link-persons", Map.of("capacity", "15"), Map.of(),
                List.of()));
    }

    @POST
    @Path("link-persons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Response saveLinkPerson(MultivaluedMap<String, String> form) {
        Integer capacity = null;
        try {
            String text = form.getFirst("capacity");
            capacity = text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            capacity = -1;
        }
        try {
            linkPersons.save(form.getFirst("username") == null ? null : form.getFirst("username").strip(),
                    new fi.silta.referrals.api.LinkPersonInput(form.getFirst("displayName"), form.getFirst("email"),
                            capacity, !"off".equals(form.getFirst("active")),
                            form.get("municipalities") == null ? List.of() : form.get("municipalities"),
                            form.get("languages") == null ? List.of() : form.get("languages")));
            return Response.seeOther(URI.create("/staff/referrals/link-persons")).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), message(error.code()));
            }
            Map<String, String> values = PublisherForms.values(form);
            values.remove("csrf-token");
            return Response.status(400).entity(linkPersonsPage(new Form("/staff/referrals/link-persons", values,
                    errors, List.of(text().form_has_errors())))).build();
        }
    }

    private TemplateInstance linkPersonsPage(Form form) {
        // Link-persons work within the county whose referrals this instance serves.
        List<Choice> municipalityChoices = municipalities.inCounty(referralsConfig.defaultCounty()).stream()
                .map(m -> new Choice(m.code(), m.name().resolve(context.language())))
                .sorted(Comparator.comparing(Choice::label)).toList();
        List<Choice> languages = java.util.stream.Stream.of("fi", "sv", "en")
                .map(code -> new Choice(code, fi.silta.common.Labels.languageName(code, context.language()))).toList();
        return Templates.linkPersons(context.chrome(text().link_persons_title()), linkPersons.list(), form,
                municipalityChoices, languages).setLocale(context.language().locale());
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> referrals.reachStep(id, form.getFirst("step")));
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    public Response assign(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, () -> referrals.assign(id, form.getFirst("linkPerson")));
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        LocalDate date = null;
        try {
            String text = form.getFirst("date");
            date = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Form again = new Form("/staff/referrals/" + id + "/contacts", PublisherForms.values(form),
                    Map.of("date", message("invalid-date")), List.of(text().form_has_errors()));
            return Response.status(400).entity(casePage(id, again, null, null)).build();
        }
        try {
            referrals.addContact(id, new ContactInput(form.getFirst("kind"), date, form.getFirst("note")));
            return Response.seeOther(URI.create("/staff/referrals/" + id + "#contacts")).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), message(error.code())));
            Map<String, String> values = PublisherForms.values(form);
            values.remove("csrf-token");
            Form again = new Form("/staff/referrals/" + id + "/contacts", values, errors,
                    List.of(text().form_has_errors()));
            return Response.status(400).entity(casePage(id, again, null, null)).build();
        }
    }

    private interface Action {
        ReferralView run();
    }

    /** A button on the case page: back to the page, or the page with the reason it could not be done. */
    private Response act(long id, Action action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/staff/referrals/" + id)).build();
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            String notice = e.status() == 409 ? text().not_now()
                    : e.errors().stream().anyMatch(f -> f.field().equals("outcome")) ? text().outcome_needed()
                            : text().form_has_errors();
            return Response.status(e.status()).entity(casePage(id, emptyContactForm(id), notice, null)).build();
        }
    }

    /** A contact is usually recorded on the day it happened. */
    private static Form emptyContactForm(long id) {
        return new Form("/staff/referrals/" + id + "/contacts",
                Map.of("date", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString()), Map.of(), List.of());
    }

    private TemplateInstance casePage(long id, Form contactForm, String notice, String query) {
        ReferralView referral = referrals.get(id);
        boolean works = referrals.worksOn(id);
        boolean coordinator = context.user().has(Role.COORDINATOR);
        List<Move> moves = referrals.allowedMoves(id).stream().map(s -> new Move(s.code(), status(s.code()),
                s == ReferralStatus.COMPLETED || s == ReferralStatus.FAILED)).toList();
        List<Choice> outcomes = Arrays.stream(Outcome.values()).map(o -> new Choice(o.name(), outcome(o.name())))
                .toList();
        List<Choice> steps = Arrays.stream(CaseStep.values()).map(s -> new Choice(s.name(), step(s.name()))).toList();
        List<Choice> kinds = Arrays.stream(ContactKind.values()).map(k -> new Choice(k.name(), kind(k.name())))
                .toList();
        List<Contact> contacts = referrals.contacts(id).stream()
                .map(c -> new Contact(c, kind(c.kind()), DATE.format(c.date()))).toList();
        List<Suggestion> suggestions = coordinator && referral.linkPersonNeeded() ? linkPersons.suggestions(id)
                : List.of();
        CasePage page = new CasePage(referral, status(referral.status()),
                referral.step() == null ? "–" : step(referral.step()),
                referral.outcome() == null ? null : outcome(referral.outcome()),
                referral.needs().stream().map(this::need).toList(), moves, outcomes, works, steps, kinds, contacts,
                coordinator, suggestions, contactForm, notice, requester(referral) || works,
                referral.activityIds().stream().map(a -> suggested(a, referral.occurrenceId()))
                        .filter(java.util.Objects::nonNull).toList(),
                query == null ? "" : query, requester(referral) || works ? found(query, referral) : List.of(),
                context.user().has(Role.LINK_PERSON) && context.user().username().equals(referral.assignedTo())
                        && "requested".equals(referral.status()),
                referral.followUpOn() == null ? null : DATE.format(referral.followUpOn()));
        String title = text().case_title(referral.client().firstName() + " " + referral.client().lastName());
        return Templates.referral(context.chrome(title), page).setLocale(context.language().locale());
    }

    private boolean requester(ReferralView referral) {
        return context.user().has(Role.NURSE) && context.user().username().equals(referral.nurse());
    }

    private Suggested suggested(long activityId, Long plannedOccurrence) {
        try {
            var detail = catalogue.get(activityId, context.language());
            String next = detail.nextOccurrences().isEmpty() ? "–"
                    : DateTimeFormatter.ofPattern("d.M.yyyy HH.mm").format(detail.nextOccurrences().get(0).start()
                            .atZoneSameInstant(ZoneId.of("Europe/Helsinki")));
            String where = detail.online() ? text().online() : detail.place() == null ? "" : detail.place().name();
            List<Session> sessions = detail.nextOccurrences().stream().filter(o -> !o.cancelled()).limit(3)
                    .map(o -> new Session(o.id(), DateTimeFormatter.ofPattern("d.M.yyyy HH.mm")
                            .format(o.start().atZoneSameInstant(ZoneId.of("Europe/Helsinki"))),
                            Long.valueOf(o.id()).equals(plannedOccurrence)))
                    .toList();
            return new Suggested(detail.id(), detail.title(), next, where, sessions);
        } catch (ProblemException e) {
            return null;
        }
    }

    /** Activities found for the nurse's words, in the client's municipality first. */
    private List<Suggested> found(String query, ReferralView referral) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(query));
        params.put("municipality", List.of(referral.municipality()));
        params.put("lang", List.of(context.language().code()));
        params.put("size", List.of("10"));
        try {
            return search.search(parser.parse(params)).items().stream()
                    .map(a -> new Suggested(a.id(), a.title(), a.nextOccurrences().isEmpty() ? "–"
                            : DateTimeFormatter.ofPattern("d.M.yyyy HH.mm").format(a.nextOccurrences().get(0).start()
                                    .atZoneSameInstant(ZoneId.of("Europe/Helsinki"))),
                            a.place() == null ? "" : a.place().name(), List.of()))
                    .toList();
        } catch (ProblemException e) {
            return List.of();
        }
    }

    private TemplateInstance formPage(Form form) {
        List<Choice> municipalityChoices = municipalities.listAll().stream()
                .map(m -> new Choice(m.code(), m.name().resolve(context.language())))
                .sorted(Comparator.comparing(Choice::label)).toList();
        List<Choice> contexts = Arrays.stream(ReferralContext.values())
                .map(c -> new Choice(c.name(), context(c.name()))).toList();
        List<Choice> needs = Arrays.stream(Need.values()).map(n -> new Choice(n.name(), need(n.name()))).toList();
        List<Choice> urgencies = Arrays.stream(Urgency.values()).map(u -> new Choice(u.name(), urgency(u.name())))
                .toList();
        List<Choice> languages = java.util.stream.Stream.of("fi", "sv", "en")
                .map(code -> new Choice(code, fi.silta.common.Labels.languageName(code, context.language()))).toList();
        return Templates.form(context.chrome(text().form_title()), form, municipalityChoices, contexts, needs,
                urgencies, languages).setLocale(context.language().locale());
    }

    private ReferralMessages text() {
        return context.referrals();
    }

    private String status(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "draft" -> t.status_draft();
            case "requested" -> t.status_requested();
            case "accepted" -> t.status_accepted();
            case "in-progress" -> t.status_in_progress();
            case "on-hold" -> t.status_on_hold();
            case "completed" -> t.status_completed();
            case "rejected" -> t.status_rejected();
            case "cancelled" -> t.status_cancelled();
            case "failed" -> t.status_failed();
            default -> t.status_entered_in_error();
        };
    }

    private String step(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "FIRST_CONTACT" -> t.step_first_contact();
            case "ACTIVITY_AGREED" -> t.step_activity_agreed();
            case "ACCOMPANIED_VISIT_PLANNED" -> t.step_accompanied_visit_planned();
            case "ATTENDED" -> t.step_attended();
            default -> t.step_follow_up_done();
        };
    }

    private String outcome(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "ATTENDED" -> t.outcome_attended();
            case "DECLINED" -> t.outcome_declined();
            case "UNREACHABLE" -> t.outcome_unreachable();
            case "NO_SUITABLE_ACTIVITY" -> t.outcome_no_suitable_activity();
            case "MOVED_AWAY" -> t.outcome_moved_away();
            default -> t.outcome_other();
        };
    }

    private String kind(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "PHONE" -> t.contact_phone();
            case "MEETING" -> t.contact_meeting();
            case "MESSAGE" -> t.contact_message();
            default -> t.contact_accompanied_visit();
        };
    }

    private String need(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "LONELINESS" -> t.need_loneliness();
            case "PHYSICAL_ACTIVITY" -> t.need_physical_activity();
            case "MENTAL_WELLBEING" -> t.need_mental_wellbeing();
            case "MEMORY" -> t.need_memory();
            case "FINANCES" -> t.need_finances();
            case "DIGITAL_SKILLS" -> t.need_digital_skills();
            case "CAREGIVER_LOAD" -> t.need_caregiver_load();
            case "EMPLOYMENT" -> t.need_employment();
            default -> t.need_other();
        };
    }

    private String context(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "SENIOR_CLINIC" -> t.context_senior_clinic();
            case "FAMILY_CAREGIVER_HEALTH_CHECK" -> t.context_family_caregiver();
            case "UNEMPLOYED_HEALTH_CHECK" -> t.context_unemployed();
            default -> t.context_other();
        };
    }

    private String urgency(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "URGENT" -> t.urgency_urgent();
            case "SOON" -> t.urgency_soon();
            default -> t.urgency_routine();
        };
    }

    private String message(String code) {
        ReferralMessages t = text();
        return switch (code) {
            case "required" -> t.error_required();
            case "too-long" -> t.error_too_long();
            case "invalid-identity-code" -> t.error_identity_code();
            case "invalid-phone" -> t.error_phone();
            case "invalid-email" -> t.error_email();
            case "invalid-number", "out-of-range" -> t.error_birth_year();
            case "invalid-date", "in-the-future" -> t.error_date();
            case "consent-needed" -> t.error_consent();
            default -> t.error_choice();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
