package fi.silta.publishing.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
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

    /** The activity page as it is now. */
    TemplateInstance page(ActivityEdit edit) {
        return render(edit, formOf(edit), emptyScheduleForm(edit));
    }

    Response page(ActivityEdit edit, Form form, Form scheduleForm, int status) {
        return Response.status(status).entity(render(edit, form, scheduleForm)).build();
    }

    /** The page of an activity not written yet. */
    Response newPage(OrganisationOverview organisation, Form form, int status) {
        ActivityPage activity = new ActivityPage(null, organisation.id(), organisation.name(), "", 0, true, false,
                false, false, Dates.NONE, form, null, List.of(), List.of(), List.of());
        TemplateInstance html = ActivityEditorPages.Templates
                .activity(page.staffChrome(text().activity_new()), activity, choices.of(organisation.id()))
                .setLocale(page.locale());
        return Response.status(status).entity(html).build();
    }

    /**
     * A button on the activity page (publish, remove a schedule, cancel a session): on success back to the page,
     * on a refusal the page with the reason.
     */
    Response action(long id, VersionForm form, Function<Long, ActivityEdit> change) {
        FieldMessages problems = check(form, null);
        ProblemException refusal = null;
        if (problems.isEmpty()) {
            try {
                change.apply(form.version());
                return seeOther("/staff/activities/" + id);
            } catch (ProblemException e) {
                if (e.status() != 400 && e.status() != 404 && e.status() != 409) {
                    throw e;
                }
                refusal = e;
                problems.add(e.errors());
            }
        }
        ActivityEdit current = editing.get(id, page.language());
        Form again = new Form("/staff/activities/" + id, formOf(current).values(), problems.errors(),
                List.of(notice(refusal, current)));
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

    private TemplateInstance render(ActivityEdit edit, Form form, Form scheduleForm) {
        PublishingMessages text = text();
        List<ScheduleLine> schedules = edit.schedules().stream()
                .map(s -> new ScheduleLine(s.id(), describe(s, text))).toList();
        List<SessionLine> sessions = edit.sessions().stream()
                .map(s -> new SessionLine(s.id(), Dates.session(s.startsAt(), s.endsAt(), text, page.locale()),
                        s.cancelled()))
                .toList();
        List<HistoryLine> history = editing.history(edit.id()).stream()
                .map(e -> new HistoryLine(Dates.dateTime(e.at()), e.actor(), e.operation(),
                        e.outcome() == HistoryEntry.Outcome.SUCCESS ? null : e.outcome(), e.details()))
                .toList();
        ActivityPage activity = new ActivityPage(edit.id(), edit.organisationId(), edit.organisationName(),
                text.status(edit.status()), edit.version(), edit.status() == ListingStatus.DRAFT,
                edit.status() == ListingStatus.PUBLISHED, edit.stale(), edit.importedFrom() != null,
                Dates.date(edit.lastVerifiedAt()), form, scheduleForm, schedules, sessions, history);
        Texts title = edit.fields().title();
        String heading = title == null || title.blank() ? text.activity_new() : title.in(page.language());
        return ActivityEditorPages.Templates.activity(page.staffChrome(heading), activity,
                choices.of(edit.organisationId())).setLocale(page.locale());
    }

    /** A schedule in the publisher's terms, or its stored rule when it came from elsewhere. */
    private String describe(ActivityEdit.ScheduleView schedule, PublishingMessages text) {
        String start = Dates.dateTime(schedule.firstStart(), schedule.timeZone());
        String until = Dates.date(schedule.until());
        if (schedule.kind() == null) {
            return text.schedule_series(start, schedule.minutes(), schedule.rule(), until);
        }
        return switch (schedule.kind()) {
            case ONCE -> text.schedule_once(start, schedule.minutes());
            case WEEKLY -> text.schedule_weekly(start, schedule.minutes(), schedule.weekdays().stream()
                    .map(day -> day.getDisplayName(TextStyle.FULL, page.locale())).collect(Collectors.joining(", ")),
                    until);
            case MONTHLY -> text.schedule_monthly(start, schedule.minutes(),
                    WeekOfMonth.of(schedule.weekOfMonth()).map(text::week).orElse(""),
                    schedule.weekdays().stream().findFirst().map(this::weekdayName).orElse(""), until);
        };
    }

    private String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, page.locale());
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
