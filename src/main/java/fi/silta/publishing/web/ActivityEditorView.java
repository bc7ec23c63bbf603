package fi.silta.publishing.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Done;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.publishing.ActivityEditingService;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.ListingStatus;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.api.Texts;
import fi.silta.publishing.web.PublisherViews.ActivityPage;
import fi.silta.publishing.web.PublisherViews.Form;
import fi.silta.publishing.web.PublisherViews.HistoryLine;
import fi.silta.publishing.web.PublisherViews.ScheduleLine;
import fi.silta.publishing.web.PublisherViews.SessionLine;

/**
 * The activity editor page as the editor's and the schedules' handlers show it: the activity's form, its
 * schedule form, sessions and history, with the user's text and the messages of a refused change.
 */
@ApplicationScoped
class ActivityEditorView {

    private final PageContext page;
    private final ActivityEditingService editing;
    private final FormChoices choices;
    private final Validator validator;

    ActivityEditorView(PageContext page, ActivityEditingService editing, FormChoices choices, Validator validator) {
        this.page = page;
        this.editing = editing;
        this.choices = choices;
        this.validator = validator;
    }

    PublishingMessages text() {
        return page.messages(PublishingMessages.class);
    }

    /** An empty list of field messages, to add what a submitted form breaks. */
    FieldMessages problems() {
        return new FieldMessages(page.messages(PageMessages.class), text());
    }

    /** The field messages of a form and of the input it became, if any. */
    <F> FieldMessages check(F form, Object input) {
        Set<ConstraintViolation<F>> unreadable = validator.validate(form);
        FieldMessages problems = problems().add(unreadable);
        return input == null ? problems : problems.add(validator.validate(input));
    }

    /** The activity page as it is now, confirming what was just done, if anything. */
    TemplateInstance page(ActivityEdit edit, Done done) {
        return render(edit, formOf(edit), emptyScheduleForm(edit), done);
    }

    Response page(ActivityEdit edit, Form form, Form scheduleForm, int status) {
        return Response.status(status).entity(render(edit, form, scheduleForm, null)).build();
    }

    /** The error summary of a form, its fields named as the form names them. */
    ErrorSummary summary(Form form) {
        if (form == null) {
            return ErrorSummary.NONE;
        }
        return ErrorSummary.of(form.errors(), form.notices(), new FieldLabels(text())::label);
    }

    /** The page of an activity not written yet. */
    Response newPage(OrganisationOverview organisation, Form form, int status) {
        ActivityPage activity = new ActivityPage(null, organisation.id(), organisation.name(), "", 0, true, false,
                false, false, Dates.NONE, form, null, List.of(), List.of(), List.of(), null, summary(form),
                ErrorSummary.NONE);
        TemplateInstance html = ActivityEditorPages.Templates
                .activity(page.staffChrome(text().activity_new()), activity, choices.of(organisation.id()))
                .setLocale(page.locale());
        return Response.status(status).entity(html).build();
    }

    /**
     * A button on the activity page (publish, remove a schedule, cancel a session): on success back to the page
     * (at {@code part}, which may be empty) confirming what was done, on a refusal the page with the reason.
     */
    Response action(long id, VersionForm form, Done done, String part, Function<Long, ActivityEdit> change) {
        FieldMessages problems = check(form, null);
        ProblemException refusal = null;
        if (problems.isEmpty()) {
            try {
                change.apply(form.version());
                return done.redirect("/staff/activities/" + id + part);
            } catch (ProblemException e) {
                if (e.status() != 400 && e.status() != 404 && e.status() != 409) {
                    throw e;
                }
                refusal = e;
                problems.add(e.errors());
            }
        }
        ActivityEdit current = editing.get(id, page.language());
        // A button has no form to keep: a change made meanwhile is explained as such, not as unsaved text.
        String notice = refusal != null && "edit-conflict".equals(refusal.code())
                ? text().action_conflict(Dates.dateTime(current.updatedAt()))
                : notice(refusal, current);
        Form again = new Form("/staff/activities/" + id, formOf(current).values(), problems.errors(), List.of(notice));
        return page(current, again, emptyScheduleForm(current), refusal == null ? 400 : refusal.status());
    }

    /** What the page says about a refused change, given the activity as it is now. */
    String notice(ProblemException refusal, ActivityEdit current) {
        PublishingMessages text = text();
        if (refusal == null) {
            return text.form_has_errors();
        }
        if (refusal.status() == 409) {
            return "edit-conflict".equals(refusal.code()) ? text.edit_conflict(Dates.dateTime(current.updatedAt()))
                    : text.imported_activity();
        }
        return refusal.status() == 404 ? text.gone() : text.not_ready();
    }

    Form formOf(ActivityEdit edit) {
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
        put(values, "registration", f.registration());
        put(values, "registrationUrl", f.registrationUrl());
        put(values, "registrationPhone", f.registrationPhone());
        put(values, "capacity", f.capacity());
        values.put("accessibility", f.accessibility().stream().map(Enum::name).collect(Collectors.joining(",")));
        put(values, "infoUrl", f.infoUrl());
        put(values, "contactName", f.contactName());
        put(values, "contactEmail", f.contactEmail());
        put(values, "contactPhone", f.contactPhone());
        putTexts(values, "easyReadTitle", f.easyReadTitle());
        putTexts(values, "easyRead", f.easyRead());
        return new Form("/staff/activities/" + edit.id(), values, Map.of(), List.of());
    }

    Form emptyScheduleForm(ActivityEdit edit) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(edit.version()));
        values.put("kind", ScheduleInput.Kind.WEEKLY.name());
        return new Form("/staff/activities/" + edit.id() + "/schedules", values, Map.of(), List.of());
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private TemplateInstance render(ActivityEdit edit, Form form, Form scheduleForm, Done done) {
        PublishingMessages text = text();
        ScheduleWords words = new ScheduleWords(text, page.locale());
        List<ScheduleLine> schedules = edit.schedules().stream().map(s -> new ScheduleLine(s.id(), words.describe(s)))
                .toList();
        List<SessionLine> sessions = edit.sessions().stream()
                .map(s -> new SessionLine(s.id(), Dates.session(s.startsAt(), s.endsAt(), text, page.locale()),
                        s.cancelled()))
                .toList();
        List<HistoryLine> history = editing.history(edit.id()).stream()
                .map(e -> new HistoryLine(Dates.dateTime(e.at()), e.actor(), e.operation(),
                        e.outcome() == HistoryEntry.Outcome.SUCCESS ? null : e.outcome(), details(e.details(), text)))
                .toList();
        ActivityPage activity = new ActivityPage(edit.id(), edit.organisationId(), edit.organisationName(),
                text.status(edit.status()), edit.version(), edit.status() == ListingStatus.DRAFT,
                edit.status() == ListingStatus.PUBLISHED, edit.stale(), edit.importedFrom() != null,
                edit.status() == ListingStatus.DRAFT ? text.never_confirmed() : Dates.date(edit.lastVerifiedAt()),
                form, scheduleForm, schedules, sessions, history, done, summary(form), summary(scheduleForm));
        Texts title = edit.fields().title();
        String heading = title == null || title.blank() ? text.activity_new() : title.in(page.language());
        return ActivityEditorPages.Templates.activity(page.staffChrome(heading), activity,
                choices.of(edit.organisationId())).setLocale(page.locale());
    }

    /**
     * What the trail's details say, in the page's language: the changed fields by their labels, a schedule's kind
     * by its name. Details that only identify a row (a schedule's or a session's number) say nothing to a reader.
     */
    private static String details(String details, PublishingMessages text) {
        if (details == null) {
            return null;
        }
        if (details.startsWith("fields: ")) {
            FieldLabels labels = new FieldLabels(text);
            String fields = Arrays.stream(details.substring("fields: ".length()).split(",\\s*")).map(labels::label)
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            return fields.isEmpty() ? null : text.history_fields(fields);
        }
        if (details.startsWith("kind: ")) {
            return Arrays.stream(ScheduleInput.Kind.values())
                    .filter(kind -> kind.name().equals(details.substring("kind: ".length()).strip())).findFirst()
                    .map(kind -> text.history_kind(text.kind(kind).toLowerCase(Locale.ROOT))).orElse(null);
        }
        return null;
    }

    private static void putTexts(Map<String, String> values, String name, Texts texts) {
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
}
