package fi.silta.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Registration;
import fi.silta.common.Labels;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Field;
import fi.silta.publishing.PublishingService;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.FormOptions;
import fi.silta.publishing.api.FormOptions.Choice;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.PlaceView;
import fi.silta.security.Role;
import fi.silta.web.PublisherViews.ActivityPage;
import fi.silta.web.PublisherViews.Choices;
import fi.silta.web.PublisherViews.Form;
import fi.silta.web.PublisherViews.HistoryLine;
import fi.silta.web.PublisherViews.Overview;
import fi.silta.web.PublisherViews.Row;
import fi.silta.web.PublisherViews.ScheduleLine;
import fi.silta.web.PublisherViews.SessionLine;

/**
 * Publishers' pages: their organisations, each organisation's listings (stale ones first), the activity
 * editor with its schedule editor, and places. Plain forms, each with the anti-forgery token; every change
 * goes through {@link PublishingService}, which checks the organisation and the version.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PUBLISHER, Role.ADMIN })
class PublisherPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(Chrome chrome, List<OrganisationOverview> organisations);

        static native TemplateInstance organisation(Chrome chrome, Overview overview);

        static native TemplateInstance activity(Chrome chrome, ActivityPage page, Choices choices);

        static native TemplateInstance place(Chrome chrome, long organisationId, Form form, Choices choices);
    }

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    private final StaffContext context;
    private final PublishingService publishing;

    PublisherPages(StaffContext context, PublishingService publishing) {
        this.context = context;
        this.publishing = publishing;
    }

    @GET
    @Path("organisations")
    public TemplateInstance organisations() {
        return Templates.organisations(context.chrome(context.staff().organisations_title()),
                publishing.myOrganisations(language())).setLocale(language().locale());
    }

    @GET
    @Path("organisations/{id}")
    public TemplateInstance organisation(@PathParam("id") long id) {
        OrganisationOverview organisation = publishing.organisation(id, language());
        List<ActivityRow> rows = publishing.activities(id, false, language());
        List<Row> all = rows.stream().map(this::row).toList();
        List<Row> stale = all.stream().filter(r -> r.activity().stale()).toList();
        List<PlaceView> places = publishing.places(id, language());
        return Templates.organisation(context.chrome(organisation.name()), new Overview(organisation, all, stale, places))
                .setLocale(language().locale());
    }

    // Activities

    @GET
    @Path("organisations/{id}/activities/new")
    public TemplateInstance newActivity(@PathParam("id") long organisationId) {
        OrganisationOverview organisation = publishing.organisation(organisationId, language());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", "0");
        values.put("registration", Registration.NONE.name());
        values.put("languages", language().code());
        Form form = new Form("/staff/organisations/" + organisationId + "/activities", values, Map.of(), List.of());
        return newActivityPage(organisation, form);
    }

    @POST
    @Path("organisations/{id}/activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createActivity(@PathParam("id") long organisationId, MultivaluedMap<String, String> form) {
        try {
            ActivityEdit created = publishing.create(organisationId, new PublisherForms(form).activity(), language());
            return seeOther("/staff/activities/" + created.id());
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            OrganisationOverview organisation = publishing.organisation(organisationId, language());
            Form again = new Form("/staff/organisations/" + organisationId + "/activities",
                    PublisherForms.values(form), errors(e), List.of(context.staff().form_has_errors()));
            return Response.status(400).entity(newActivityPage(organisation, again)).build();
        }
    }

    @GET
    @Path("activities/{id}")
    public TemplateInstance activity(@PathParam("id") long id) {
        ActivityEdit edit = publishing.get(id, language());
        return activityPage(edit, formOf(edit), emptyScheduleForm(edit), 200).entity();
    }

    @POST
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveActivity(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            publishing.update(id, new PublisherForms(form).activity(), language());
            return seeOther("/staff/activities/" + id + "?saved=true");
        } catch (ProblemException e) {
            ActivityEdit current = publishing.get(id, language());
            Map<String, String> values = PublisherForms.values(form);
            List<String> notices = new ArrayList<>();
            int status = e.status();
            if (e.status() == 409 && "edit-conflict".equals(e.code())) {
                // The user's text stays in the form; saving again now knowingly replaces the other change.
                values.put("version", String.valueOf(current.version()));
                notices.add(context.staff().edit_conflict(when(current.updatedAt())));
            } else if (e.status() == 409) {
                notices.add(context.staff().imported_activity());
            } else if (e.status() == 400) {
                notices.add(context.staff().form_has_errors());
            } else {
                throw e;
            }
            Form again = new Form("/staff/activities/" + id, values, errors(e), notices);
            return activityPage(current, again, emptyScheduleForm(current), status).response();
        }
    }

    @POST
    @Path("activities/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.publish(id, version, language()));
    }

    @POST
    @Path("activities/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.archive(id, version, language()));
    }

    @POST
    @Path("activities/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.confirmAccurate(id, version, language()));
    }

    @POST
    @Path("activities/{id}/schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSchedule(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            publishing.addSchedule(id, new PublisherForms(form).schedule(), language());
            return seeOther("/staff/activities/" + id + "#schedules");
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            ActivityEdit current = publishing.get(id, language());
            Map<String, String> values = PublisherForms.values(form);
            values.put("version", String.valueOf(current.version()));
            List<String> notices = List.of(e.status() == 409 ? context.staff().edit_conflict(when(current.updatedAt()))
                    : context.staff().form_has_errors());
            Form scheduleForm = new Form("/staff/activities/" + id + "/schedules", values, errors(e), notices);
            return activityPage(current, formOf(current), scheduleForm, e.status()).response();
        }
    }

    @POST
    @Path("activities/{id}/schedules/{scheduleId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSchedule(@PathParam("id") long id, @PathParam("scheduleId") long scheduleId,
            MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.removeSchedule(id, scheduleId, version, language()));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.setSessionCancelled(id, sessionId, true, version, language()));
    }

    @POST
    @Path("activities/{id}/sessions/{sessionId}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            MultivaluedMap<String, String> form) {
        return action(id, form, version -> publishing.setSessionCancelled(id, sessionId, false, version, language()));
    }

    @GET
    @Path("activities/{id}/preview")
    public TemplateInstance preview(@PathParam("id") long id) {
        var detail = publishing.preview(id, language());
        Chrome chrome = context.chrome(context.staff().preview_title(detail.title()));
        return PublicPages.Templates.activity(chrome, PublicPages.activityView(detail, language(), context.msg()))
                .setLocale(language().locale());
    }

    // Places

    @GET
    @Path("organisations/{id}/places/new")
    public TemplateInstance newPlace(@PathParam("id") long organisationId) {
        publishing.organisation(organisationId, language());
        Form form = new Form("/staff/organisations/" + organisationId + "/places", Map.of("version", "0"), Map.of(),
                List.of());
        return Templates.place(context.chrome(context.staff().place_new()), organisationId, form,
                choices(organisationId)).setLocale(language().locale());
    }

    @POST
    @Path("organisations/{id}/places")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPlace(@PathParam("id") long organisationId, MultivaluedMap<String, String> form) {
        try {
            publishing.createPlace(organisationId, new PublisherForms(form).place(), language());
            return seeOther("/staff/organisations/" + organisationId);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Form again = new Form("/staff/organisations/" + organisationId + "/places", PublisherForms.values(form),
                    errors(e), List.of(context.staff().form_has_errors()));
            return Response.status(400).entity(Templates.place(context.chrome(context.staff().place_new()),
                    organisationId, again, choices(organisationId)).setLocale(language().locale())).build();
        }
    }

    @GET
    @Path("places/{id}")
    public TemplateInstance place(@PathParam("id") long id) {
        PlaceView place = publishing.place(id, language());
        long organisationId = organisationOfPlace(id);
        return Templates.place(context.chrome(place.label()), organisationId, placeForm(place), choices(organisationId))
                .setLocale(language().locale());
    }

    @POST
    @Path("places/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlace(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        long organisationId = organisationOfPlace(id);
        try {
            publishing.updatePlace(id, new PublisherForms(form).place(), language());
            return seeOther("/staff/organisations/" + organisationId);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            PlaceView current = publishing.place(id, language());
            Map<String, String> values = PublisherForms.values(form);
            List<String> notices = new ArrayList<>();
            if (e.status() == 409) {
                values.put("version", String.valueOf(current.version()));
                notices.add(context.staff().edit_conflict_place());
            } else {
                notices.add(context.staff().form_has_errors());
            }
            Form again = new Form("/staff/places/" + id, values, errors(e), notices);
            return Response.status(e.status()).entity(Templates.place(context.chrome(current.label()), organisationId,
                    again, choices(organisationId)).setLocale(language().locale())).build();
        }
    }

    // Building the pages

    private interface Action {
        ActivityEdit run(Long version);
    }

    /** A button on the activity page: on success back to the page, on failure the page with the reason. */
    private Response action(long id, MultivaluedMap<String, String> form, Action action) {
        try {
            action.run(new PublisherForms(form).version());
            return seeOther("/staff/activities/" + id);
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 409 && e.status() != 404) {
                throw e;
            }
            ActivityEdit current = publishing.get(id, language());
            List<String> notices = new ArrayList<>();
            if (e.status() == 409 && "edit-conflict".equals(e.code())) {
                notices.add(context.staff().edit_conflict(when(current.updatedAt())));
            } else if (e.status() == 409) {
                notices.add(context.staff().imported_activity());
            } else if (e.status() == 404) {
                notices.add(context.staff().gone());
            } else {
                notices.add(context.staff().not_ready());
            }
            Form again = new Form("/staff/activities/" + id, formOf(current).values(), errors(e), notices);
            return activityPage(current, again, emptyScheduleForm(current), e.status()).response();
        }
    }

    private record Rendered(TemplateInstance entity, int status) {
        Response response() {
            return Response.status(status).entity(entity).build();
        }
    }

    private Rendered activityPage(ActivityEdit edit, Form form, Form scheduleForm, int status) {
        StaffMessages text = context.staff();
        List<ScheduleLine> schedules = edit.schedules().stream()
                .map(s -> new ScheduleLine(s.id(), describe(s))).toList();
        List<SessionLine> sessions = edit.sessions().stream()
                .map(s -> new SessionLine(s.id(), Views.session(s.startsAt().atOffset(java.time.ZoneOffset.UTC),
                        s.endsAt().atOffset(java.time.ZoneOffset.UTC), language()), s.cancelled()))
                .toList();
        List<HistoryLine> history = publishing.history(edit.id()).stream()
                .map(e -> new HistoryLine(when(e.at()), e.actor(), operation(e.operation())
                        + ("SUCCESS".equals(e.outcome()) ? "" : " (" + e.outcome().toLowerCase(Locale.ROOT) + ")")
                        + (e.details() == null ? "" : " – " + e.details())))
                .toList();
        ActivityPage page = new ActivityPage(edit.id(), edit.organisationId(), edit.organisationName(),
                Labels.of(edit.status(), language()), edit.version(), edit.status() == ActivityStatus.DRAFT,
                edit.status() == ActivityStatus.PUBLISHED, edit.stale(), edit.importedFrom() != null,
                edit.lastVerifiedAt() == null ? "–" : DATE.format(edit.lastVerifiedAt().atZone(HELSINKI)), form,
                scheduleForm, schedules, sessions, history);
        String title = edit.fields().title() == null ? text.activity_new()
                : firstNonBlank(edit.fields().title().fi(), edit.fields().title().sv(), edit.fields().title().en());
        return new Rendered(Templates.activity(context.chrome(title), page, choices(edit.organisationId()))
                .setLocale(language().locale()), status);
    }

    private TemplateInstance newActivityPage(OrganisationOverview organisation, Form form) {
        ActivityPage page = new ActivityPage(null, organisation.id(), organisation.name(), "", 0, true, false, false,
                false, "–", form, null, List.of(), List.of(), List.of());
        return Templates.activity(context.chrome(context.staff().activity_new()), page, choices(organisation.id()))
                .setLocale(language().locale());
    }

    private Form formOf(ActivityEdit edit) {
        ActivityInput f = edit.fields();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(edit.version()));
        putTexts(values, "title", f.title());
        putTexts(values, "summary", f.summary());
        putTexts(values, "description", f.description());
        putTexts(values, "price", f.price());
        put(values, "placeId", f.placeId());
        put(values, "onlineUrl", f.onlineUrl());
        values.put("ongoing", f.ongoing() ? "on" : "");
        values.put("categories", String.join(",", f.categories()));
        values.put("targetGroups", String.join(",", f.targetGroups()));
        put(values, "ageMin", f.ageMin());
        put(values, "ageMax", f.ageMax());
        values.put("languages", String.join(",", f.languages()));
        values.put("free", f.free() ? "on" : "");
        put(values, "registration", f.registration() == null ? Registration.NONE : f.registration());
        put(values, "registrationUrl", f.registrationUrl());
        put(values, "registrationPhone", f.registrationPhone());
        put(values, "capacity", f.capacity());
        values.put("accessibility", String.join(",", f.accessibility().stream().map(Enum::name).toList()));
        put(values, "infoUrl", f.infoUrl());
        put(values, "contactName", f.contactName());
        put(values, "contactEmail", f.contactEmail());
        put(values, "contactPhone", f.contactPhone());
        return new Form("/staff/activities/" + edit.id(), values, Map.of(), List.of());
    }

    private Form emptyScheduleForm(ActivityEdit edit) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(edit.version()));
        values.put("kind", "WEEKLY");
        return new Form("/staff/activities/" + edit.id() + "/schedules", values, Map.of(), List.of());
    }

    private Form placeForm(PlaceView place) {
        var f = place.fields();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(place.version()));
        putTexts(values, "name", f.name());
        put(values, "streetAddress", f.streetAddress());
        put(values, "postalCode", f.postalCode());
        put(values, "municipality", f.municipality());
        put(values, "latitude", f.latitude());
        put(values, "longitude", f.longitude());
        values.put("accessibility", String.join(",", f.accessibility().stream().map(Enum::name).toList()));
        values.put("addressConfidential", f.addressConfidential() ? "on" : "");
        return new Form("/staff/places/" + place.id(), values, Map.of(), List.of());
    }

    private long organisationOfPlace(long placeId) {
        return publishing.placeOrganisation(placeId);
    }

    private Choices choices(long organisationId) {
        FormOptions options = publishing.options(organisationId, language());
        List<Choice> accessibility = java.util.Arrays.stream(AccessibilityFeature.values())
                .map(f -> new Choice(f.name(), Labels.of(f, language()))).toList();
        List<Choice> registration = java.util.Arrays.stream(Registration.values())
                .map(r -> new Choice(r.name(), Labels.of(r, language()))).toList();
        List<Choice> weekdays = java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(d.name(), d.getDisplayName(TextStyle.FULL, language().locale()))).toList();
        List<Choice> languages = java.util.stream.Stream.of("fi", "sv", "en", "se", "ru", "et", "ar", "so", "uk")
                .map(code -> new Choice(code, Labels.languageName(code, language()))).toList();
        return new Choices(options.categories(), options.targetGroups(), options.places(), options.municipalities(),
                accessibility, registration, weekdays, languages);
    }

    private Row row(ActivityRow activity) {
        return new Row(activity, Labels.of(activity.status(), language()),
                activity.lastVerifiedAt() == null ? "–" : DATE.format(activity.lastVerifiedAt().atZone(HELSINKI)),
                activity.nextSession() == null ? "–" : when(activity.nextSession()));
    }

    private String describe(ActivityEdit.ScheduleView schedule) {
        StaffMessages text = context.staff();
        String start = DATE_TIME.format(schedule.firstStart());
        if (schedule.rule() == null) {
            return text.schedule_once(start, schedule.minutes());
        }
        String rule = schedule.rule();
        String until = rule.contains("UNTIL=") ? rule.replaceAll(".*UNTIL=(\\d{4})(\\d{2})(\\d{2}).*", "$3.$2.$1")
                : "–";
        return text.schedule_series(start, schedule.minutes(), rule.replace("FREQ=", "").replaceAll(";UNTIL=[^;]*", ""),
                until);
    }

    private String operation(String code) {
        StaffMessages text = context.staff();
        return switch (code) {
            case "create" -> text.op_create();
            case "update" -> text.op_update();
            case "publish" -> text.op_publish();
            case "archive" -> text.op_archive();
            case "confirm" -> text.op_confirm();
            case "add-schedule" -> text.op_add_schedule();
            case "remove-schedule" -> text.op_remove_schedule();
            case "cancel-session" -> text.op_cancel_session();
            case "restore-session" -> text.op_restore_session();
            default -> code;
        };
    }

    /** Field errors in the user's language; a text field's error is shown beside each of its languages. */
    private Map<String, String> errors(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), fieldMessage(error));
        }
        return errors;
    }

    private String fieldMessage(FieldError error) {
        StaffMessages text = context.staff();
        return switch (error.code()) {
            case "required" -> text.error_required();
            case "too-long" -> text.error_too_long();
            case "invalid-url" -> text.error_invalid_url();
            case "place-or-online" -> text.error_place_or_online();
            case "out-of-range" -> text.error_out_of_range();
            case "age-order" -> text.error_age_order();
            case "invalid-language" -> text.error_invalid_choice();
            case "registration-contact" -> text.error_registration_contact();
            case "invalid-email" -> text.error_invalid_email();
            case "invalid-phone" -> text.error_invalid_phone();
            case "unknown-place", "unknown-code", "invalid-choice" -> text.error_invalid_choice();
            case "in-the-past" -> text.error_in_the_past();
            case "too-far" -> text.error_too_far();
            case "end-before-start" -> text.error_end_before_start();
            case "one-weekday" -> text.error_one_weekday();
            case "until-before-start" -> text.error_until_before_start();
            case "too-many" -> text.error_too_many();
            case "invalid-postal-code" -> text.error_postal_code();
            case "coordinates-pair" -> text.error_coordinates_pair();
            case "outside-finland" -> text.error_outside_finland();
            case "required-to-publish" -> text.error_required_to_publish();
            case "invalid-number" -> text.error_invalid_number();
            case "invalid-date" -> text.error_invalid_date();
            case "invalid-time" -> text.error_invalid_time();
            default -> text.error_invalid();
        };
    }

    private static void putTexts(Map<String, String> values, String name, ActivityInput.Texts texts) {
        if (texts != null) {
            put(values, name + ".fi", texts.fi());
            put(values, name + ".sv", texts.sv());
            put(values, name + ".en", texts.en());
        }
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String when(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant.atZone(HELSINKI));
    }

    private Language language() {
        return context.language();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
