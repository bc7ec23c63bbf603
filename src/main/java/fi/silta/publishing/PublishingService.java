package fi.silta.publishing;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditEntry.Outcome;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.Registration;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityInput.Texts;
import fi.silta.publishing.api.ActivityRow;
import fi.silta.publishing.api.OrganisationOverview;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Organisations keeping their own listings: activities, their schedules and sessions, and places. Every
 * operation checks that the user publishes for the organisation that owns the record, checks the version the
 * user started from, and writes an audit entry in the same transaction. A refusal is audited too.
 */
@ApplicationScoped
public class PublishingService {

    private static final String ACTIVITY = "activity";
    private static final String PLACE = "place";
    private static final int SESSIONS_SHOWN = 60;

    private final ActivityRepository activities;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final OccurrenceExpander expander;
    private final AuditLog audit;
    private final CurrentUser user;
    private final PublishingConfig config;
    private final Clock clock;
    private final fi.silta.catalogue.CatalogueService catalogue;
    private final fi.silta.importers.ActivityOriginRepository origins;

    PublishingService(ActivityRepository activities, PlaceRepository places, OrganisationRepository organisations,
            CategoryRepository categories, TargetGroupRepository targetGroups, MunicipalityRepository municipalities,
            OccurrenceExpander expander, AuditLog audit, CurrentUser user, PublishingConfig config, Clock clock,
            fi.silta.catalogue.CatalogueService catalogue, fi.silta.importers.ActivityOriginRepository origins) {
        this.catalogue = catalogue;
        this.origins = origins;
        this.activities = activities;
        this.places = places;
        this.organisations = organisations;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.expander = expander;
        this.audit = audit;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    // Organisations and lists

    /** The organisations the user publishes for (every organisation, for an admin), by name. */
    @Transactional
    public List<OrganisationOverview> myOrganisations(Language language) {
        List<Organisation> list = user.isAdmin() ? organisations.listAll()
                : user.organisationIds().isEmpty() ? List.of() : organisations.list("id in ?1", user.organisationIds());
        return list.stream().map(o -> overview(o, language))
                .sorted(Comparator.comparing(OrganisationOverview::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public OrganisationOverview organisation(long organisationId, Language language) {
        return overview(ownOrganisation(organisationId, "read"), language);
    }

    /** An organisation's own listings, newest first; with {@code staleOnly}, those to confirm or update. */
    @Transactional
    public List<ActivityRow> activities(long organisationId, boolean staleOnly, Language language) {
        ownOrganisation(organisationId, "read");
        Instant now = clock.instant();
        List<Activity> list = activities.list("organisation.id = ?1 order by updatedAt desc, id desc", organisationId);
        return list.stream().filter(a -> !staleOnly || stale(a, now)).map(a -> new ActivityRow(a.id(),
                a.title().resolve(language), a.status(), a.source(), a.lastVerifiedAt(), stale(a, now),
                a.nextOccurrences(now, 1).stream().map(Occurrence::startsAt).findFirst().orElse(null))).toList();
    }

    // Activities

    @Transactional
    public ActivityEdit create(long organisationId, ActivityInput input, Language language) {
        Organisation organisation = ownOrganisation(organisationId, "create");
        ActivityInput withVersion = input.version() == null ? withVersion(input, 0L) : input;
        reject(new ActivityValidator().activity(withVersion).errors());
        Activity activity = new Activity(organisation, text(input.title()), Activity.SOURCE_SILTA,
                "draft-" + java.util.UUID.randomUUID());
        apply(activity, withVersion, organisation);
        activity.markVerified(clock.instant());
        activities.persist(activity);
        activities.flush();
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "create", ACTIVITY, activity.id())
                        .organisation(organisationId));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit get(long id, Language language) {
        return edit(ownActivity(id, "read"), language);
    }

    @Transactional
    public ActivityEdit update(long id, ActivityInput input, Language language) {
        Activity activity = ownActivity(id, "update");
        reject(new ActivityValidator().activity(input).errors());
        checkVersion(activity, input.version(), "update");
        refuseImported(activity);
        ActivityInput before = input(activity);
        apply(activity, input, activity.organisation());
        activity.markVerified(clock.instant());
        ActivityInput after = input(activity);
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "update", ACTIVITY, id)
                .organisation(activity.organisation().id()).details("fields: " + changedFields(before, after)));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit publish(long id, Long version, Language language) {
        Activity activity = ownActivity(id, "publish");
        checkVersion(activity, version, "publish");
        List<FieldError> missing = new ArrayList<>();
        if (activity.summary() == null || activity.summary().isEmpty()) {
            missing.add(new FieldError("summary", "required-to-publish", "Write a summary before publishing"));
        }
        if (activity.place() == null && !activity.online()) {
            missing.add(new FieldError("placeId", "required-to-publish",
                    "Choose a place or give an online link before publishing"));
        }
        if (activity.schedules().isEmpty() && !activity.ongoing()) {
            missing.add(new FieldError("schedules", "required-to-publish",
                    "Add a date, or mark the activity as ongoing, before publishing"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "not-ready", "Not ready to publish",
                    "The activity lacks what residents need", missing);
        }
        activity.publish();
        activity.markVerified(clock.instant());
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "publish", ACTIVITY, id)
                .organisation(activity.organisation().id()));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit archive(long id, Long version, Language language) {
        Activity activity = ownActivity(id, "archive");
        checkVersion(activity, version, "archive");
        activity.archive();
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "archive", ACTIVITY, id)
                .organisation(activity.organisation().id()));
        return edit(activity, language);
    }

    /** The publisher confirms the listing is still accurate: its verified date becomes today. */
    @Transactional
    public ActivityEdit confirmAccurate(long id, Long version, Language language) {
        Activity activity = ownActivity(id, "confirm");
        checkVersion(activity, version, "confirm");
        activity.markVerified(clock.instant());
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "confirm", ACTIVITY, id)
                .organisation(activity.organisation().id()));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit addSchedule(long id, ScheduleInput input, Language language) {
        Activity activity = ownActivity(id, "add-schedule");
        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        reject(new ActivityValidator().schedule(input, today).errors());
        checkVersion(activity, input.version(), "add-schedule");
        refuseImported(activity);
        activity.addSchedule(schedule(activity, input));
        expander.expand(activity);
        activity.markVerified(clock.instant());
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "add-schedule", ACTIVITY, id)
                .organisation(activity.organisation().id()).details("kind: " + input.kind()));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit removeSchedule(long id, long scheduleId, Long version, Language language) {
        Activity activity = ownActivity(id, "remove-schedule");
        checkVersion(activity, version, "remove-schedule");
        refuseImported(activity);
        if (!activity.removeSchedule(scheduleId)) {
            throw ProblemException.notFound("The schedule");
        }
        touch(activity);
        audit.record(Trail.CHANGES,
                AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "remove-schedule", ACTIVITY, id)
                        .organisation(activity.organisation().id()).details("schedule: " + scheduleId));
        return edit(activity, language);
    }

    /** Calls off one session (or takes it back); the rest of its series stays. */
    @Transactional
    public ActivityEdit setSessionCancelled(long id, long sessionId, boolean cancelled, Long version,
            Language language) {
        String operation = cancelled ? "cancel-session" : "restore-session";
        Activity activity = ownActivity(id, operation);
        checkVersion(activity, version, operation);
        if (!activity.setSessionCancelled(sessionId, cancelled)) {
            throw ProblemException.notFound("The session");
        }
        touch(activity);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation, ACTIVITY, id)
                .organisation(activity.organisation().id()).details("session: " + sessionId));
        return edit(activity, language);
    }

    /** The activity as residents will see it once published. */
    @Transactional
    public fi.silta.catalogue.api.ActivityDetail preview(long id, Language language) {
        ownActivity(id, "read");
        return catalogue.preview(id, language);
    }

    /** What was done to an activity, by whom and when, newest first. */
    @Transactional
    public List<fi.silta.publishing.api.HistoryEntry> history(long id) {
        ownActivity(id, "read");
        return audit.history(ACTIVITY, id, 50).stream().map(e -> new fi.silta.publishing.api.HistoryEntry(
                e.at(), e.actor(), e.operation(), e.outcome().name(), e.details())).toList();
    }

    /** The categories, target groups, the organisation's places and the municipalities, for forms. */
    @Transactional
    public fi.silta.publishing.api.FormOptions options(long organisationId, Language language) {
        ownOrganisation(organisationId, "read");
        var categoryChoices = categories.listOrdered().stream()
                .map(c -> new fi.silta.publishing.api.FormOptions.Choice(c.code(), c.label().resolve(language))).toList();
        var groupChoices = targetGroups.listOrdered().stream()
                .map(g -> new fi.silta.publishing.api.FormOptions.Choice(g.code(), g.label().resolve(language))).toList();
        var placeChoices = places(organisationId, language).stream()
                .map(p -> new fi.silta.publishing.api.FormOptions.Choice(String.valueOf(p.id()), p.label())).toList();
        var municipalityChoices = municipalities.listAll().stream()
                .map(m -> new fi.silta.publishing.api.FormOptions.Choice(m.code(), m.name().resolve(language)))
                .sorted(Comparator.comparing(fi.silta.publishing.api.FormOptions.Choice::label)).toList();
        return new fi.silta.publishing.api.FormOptions(categoryChoices, groupChoices, placeChoices,
                municipalityChoices);
    }

    // Places

    @Transactional
    public List<PlaceView> places(long organisationId, Language language) {
        ownOrganisation(organisationId, "read");
        return places.list("organisation.id = ?1 order by id", organisationId).stream()
                .map(p -> placeView(p, language)).toList();
    }

    @Transactional
    public PlaceView place(long id, Language language) {
        return placeView(ownPlace(id, "read"), language);
    }

    /** The organisation that owns a place the user may see. */
    @Transactional
    public long placeOrganisation(long id) {
        return ownPlace(id, "read").organisation().id();
    }

    @Transactional
    public PlaceView createPlace(long organisationId, PlaceInput input, Language language) {
        Organisation organisation = ownOrganisation(organisationId, "create-place");
        PlaceInput withVersion = input.version() == null ? new PlaceInput(0L, input.name(), input.streetAddress(),
                input.postalCode(), input.municipality(), input.latitude(), input.longitude(), input.accessibility(),
                input.addressConfidential()) : input;
        ActivityValidator validator = new ActivityValidator().place(withVersion);
        Municipality municipality = municipality(input.municipality(), validator);
        reject(validator.errors());
        Place place = new Place(organisation, text(input.name()), municipality);
        applyPlace(place, input, municipality);
        places.persist(place);
        places.flush();
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "create", PLACE, place.id())
                .organisation(organisationId));
        return placeView(place, language);
    }

    @Transactional
    public PlaceView updatePlace(long id, PlaceInput input, Language language) {
        Place place = ownPlace(id, "update");
        ActivityValidator validator = new ActivityValidator().place(input);
        Municipality municipality = municipality(input.municipality(), validator);
        reject(validator.errors());
        if (input.version() != place.version()) {
            audit.recordRefusal(Trail.CHANGES,
                    AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "update", PLACE, id)
                            .organisation(place.organisation().id()).outcome(Outcome.CONFLICT));
            throw editConflict();
        }
        place.rename(text(input.name()));
        applyPlace(place, input, municipality);
        places.getEntityManager().flush();
        places.getEntityManager().lock(place, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), "update", PLACE, id)
                .organisation(place.organisation().id()));
        return placeView(place, language);
    }

    // Access and versions

    private Organisation ownOrganisation(long organisationId, String operation) {
        Organisation organisation = organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        if (!user.publishesFor(organisationId)) {
            deny(operation, "organisation", organisationId, organisationId);
        }
        return organisation;
    }

    private Activity ownActivity(long id, String operation) {
        Activity activity = activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The activity"));
        long organisationId = activity.organisation().id();
        if (!user.publishesFor(organisationId)) {
            deny(operation, ACTIVITY, id, organisationId);
        }
        return activity;
    }

    private Place ownPlace(long id, String operation) {
        Place place = places.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The place"));
        if (!user.publishesFor(place.organisation().id())) {
            deny(operation, PLACE, id, place.organisation().id());
        }
        return place;
    }

    private void deny(String operation, String type, long id, long organisationId) {
        audit.recordRefusal(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation, type, id)
                .organisation(organisationId).outcome(Outcome.DENIED));
        throw new ForbiddenException("Not a publisher of this organisation");
    }

    private void checkVersion(Activity activity, Long version, String operation) {
        if (version == null) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "Send the version you started from",
                    List.of(new FieldError("version", "required", "Send the version you started from")));
        }
        if (version != activity.version()) {
            audit.recordRefusal(Trail.CHANGES,
                    AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation, ACTIVITY, activity.id())
                            .organisation(activity.organisation().id()).outcome(Outcome.CONFLICT));
            throw editConflict();
        }
    }

    static ProblemException editConflict() {
        return new ProblemException(409, "edit-conflict", "Edit conflict",
                "Someone else changed this meanwhile; reload it and apply your change again", List.of());
    }

    /**
     * Imported listings are kept at their source (an import source recorded as their provenance); an edit here
     * would be overwritten by the next import. Listings written in Silta, the demo catalogue's included, are
     * edited here.
     */
    private void refuseImported(Activity activity) {
        String source = importedFrom(activity);
        if (source != null) {
            throw new ProblemException(409, "imported-activity", "Imported activity",
                    "This activity is imported from " + source + "; change it there", List.of());
        }
    }

    /** The import source the activity comes from, or null for a listing written in Silta. */
    private String importedFrom(Activity activity) {
        var provenance = origins.ofActivity(activity);
        return provenance.isEmpty() ? null : provenance.get(0).source().name();
    }

    /**
     * Every change bumps the version, also one that only touches schedules or sessions, and at once, so the
     * answer carries the version the next change must name. Of two concurrent changes, the second waits here
     * for the first to commit and then fails its version check, answering 409.
     */
    private void touch(Activity activity) {
        activities.getEntityManager().flush();
        activities.getEntityManager().lock(activity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields",
                    errors);
        }
    }

    // Mapping

    private void apply(Activity activity, ActivityInput input, Organisation organisation) {
        List<FieldError> errors = new ArrayList<>();
        Place place = null;
        if (input.placeId() != null) {
            place = places.findByIdOptional(input.placeId()).filter(p -> p.organisation() == organisation
                    || Objects.equals(p.organisation().id(), organisation.id())).orElse(null);
            if (place == null) {
                errors.add(new FieldError("placeId", "unknown-place", "Not a place of this organisation"));
            }
        }
        Set<Category> chosenCategories = new LinkedHashSet<>();
        for (String code : nonNull(input.categories())) {
            Category category = categories.findById(code);
            if (category == null) {
                errors.add(new FieldError("categories", "unknown-code", "Unknown category"));
                break;
            }
            chosenCategories.add(category);
        }
        Set<TargetGroup> chosenGroups = new LinkedHashSet<>();
        for (String code : nonNull(input.targetGroups())) {
            TargetGroup group = targetGroups.findById(code);
            if (group == null) {
                errors.add(new FieldError("targetGroups", "unknown-code", "Unknown target group"));
                break;
            }
            chosenGroups.add(group);
        }
        reject(errors);
        activity.retitle(text(input.title()));
        activity.describe(text(input.summary()), text(input.description()), activity.easyRead());
        if (place != null) {
            activity.holdAt(place);
        } else if (!ActivityValidator.blank(input.onlineUrl())) {
            activity.holdOnline(input.onlineUrl().strip());
        } else {
            activity.holdAt(null);
        }
        activity.setOngoing(input.ongoing());
        activity.classify(chosenCategories, chosenGroups);
        activity.setAgeRange(input.ageMin(), input.ageMax());
        activity.setLanguages(new LinkedHashSet<>(nonNull(input.languages())));
        activity.setCost(input.free(), text(input.price()));
        Registration registration = input.registration() == null ? Registration.NONE : input.registration();
        activity.setRegistration(registration, Inputs.clean(input.registrationUrl()), Inputs.clean(input.registrationPhone()));
        activity.setCapacity(input.capacity());
        activity.setAccessibility(input.accessibility() == null || input.accessibility().isEmpty()
                ? EnumSet.noneOf(fi.silta.catalogue.AccessibilityFeature.class)
                : EnumSet.copyOf(input.accessibility()));
        activity.setInfoUrl(Inputs.clean(input.infoUrl()));
        activity.setContact(Inputs.clean(input.contactName()), Inputs.clean(input.contactEmail()),
                Inputs.clean(input.contactPhone()));
    }

    private Schedule schedule(Activity activity, ScheduleInput input) {
        Duration length = Duration.between(input.startTime(), input.endTime());
        if (input.kind() == ScheduleInput.Kind.ONCE) {
            return Schedule.single(activity, input.date().atTime(input.startTime()), length);
        }
        List<DayOfWeek> days = input.weekdays().stream().distinct().sorted().toList();
        String byDay;
        LocalDate first;
        if (input.kind() == ScheduleInput.Kind.WEEKLY) {
            byDay = days.stream().map(PublishingService::icalDay).collect(Collectors.joining(","));
            first = input.date();
            while (!days.contains(first.getDayOfWeek())) {
                first = first.plusDays(1);
            }
        } else {
            DayOfWeek day = days.get(0);
            int week = input.weekOfMonth();
            byDay = week + icalDay(day);
            first = nthWeekday(input.date(), week, day);
            if (first.isBefore(input.date())) {
                first = nthWeekday(input.date().plusMonths(1).withDayOfMonth(1), week, day);
            }
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(input.kind() == ScheduleInput.Kind.WEEKLY ? "WEEKLY" : "MONTHLY")
                .append(";BYDAY=").append(byDay);
        if (input.until() != null) {
            rule.append(";UNTIL=").append(input.until().atTime(23, 59, 59)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)));
        }
        Schedule schedule = Schedule.recurring(activity, first.atTime(input.startTime()), length, rule.toString(),
                Schedule.DEFAULT_ZONE);
        for (LocalDate exception : nonNull(input.exceptions())) {
            schedule.addException(exception.atTime(input.startTime()));
        }
        return schedule;
    }

    private static LocalDate nthWeekday(LocalDate inMonth, int week, DayOfWeek day) {
        return week == -1 ? inMonth.with(TemporalAdjusters.lastInMonth(day))
                : inMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    private static String icalDay(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private ActivityEdit edit(Activity activity, Language language) {
        Instant now = clock.instant();
        List<ActivityEdit.ScheduleView> schedules = activity.schedules().stream()
                .map(s -> new ActivityEdit.ScheduleView(s.id() == null ? 0 : s.id(), s.firstStart(),
                        (int) s.duration().toMinutes(), s.rrule(), s.exceptions().stream().sorted().toList()))
                .toList();
        List<ActivityEdit.SessionView> sessions = activity.nextOccurrences(now, SESSIONS_SHOWN).stream()
                .map(o -> new ActivityEdit.SessionView(o.id() == null ? 0 : o.id(), o.startsAt(), o.endsAt(),
                        o.cancelled()))
                .toList();
        return new ActivityEdit(activity.id(), activity.organisation().id(),
                activity.organisation().name().resolve(language), activity.status(), activity.version(),
                input(activity), schedules, sessions, activity.lastVerifiedAt(), stale(activity, now),
                activity.updatedAt(), importedFrom(activity));
    }

    private static ActivityInput input(Activity a) {
        return new ActivityInput(a.version(), texts(a.title()), texts(a.summary()), texts(a.description()),
                a.place() == null ? null : a.place().id(), a.onlineUrl(), a.ongoing(),
                a.categories().stream().map(Category::code).sorted().toList(),
                a.targetGroups().stream().map(TargetGroup::code).sorted().toList(), a.ageMin(), a.ageMax(),
                a.languages().stream().sorted().toList(), a.free(), texts(a.price()), a.registration(),
                a.registrationUrl(), a.registrationPhone(), a.capacity(),
                a.accessibility().stream().sorted().toList(), a.infoUrl(), a.contactName(), a.contactEmail(),
                a.contactPhone());
    }

    private static ActivityInput withVersion(ActivityInput i, long version) {
        return new ActivityInput(version, i.title(), i.summary(), i.description(), i.placeId(), i.onlineUrl(),
                i.ongoing(), i.categories(), i.targetGroups(), i.ageMin(), i.ageMax(), i.languages(), i.free(),
                i.price(), i.registration(), i.registrationUrl(), i.registrationPhone(), i.capacity(),
                i.accessibility(), i.infoUrl(), i.contactName(), i.contactEmail(), i.contactPhone());
    }

    /** The names of the fields that differ: what an audit entry says changed, never the values. */
    static String changedFields(ActivityInput before, ActivityInput after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : ActivityInput.class.getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.isEmpty() ? "none" : String.join(", ", changed);
    }

    private boolean stale(Activity activity, Instant now) {
        if (activity.status() != ActivityStatus.PUBLISHED) {
            return false;
        }
        Instant verified = activity.lastVerifiedAt() != null ? activity.lastVerifiedAt() : activity.createdAt();
        return verified == null || verified.isBefore(now.minus(config.staleAfter()));
    }

    private OrganisationOverview overview(Organisation organisation, Language language) {
        Instant now = clock.instant();
        List<Activity> own = activities.list("organisation.id", organisation.id());
        long drafts = own.stream().filter(a -> a.status() == ActivityStatus.DRAFT).count();
        long published = own.stream().filter(a -> a.status() == ActivityStatus.PUBLISHED).count();
        long stale = own.stream().filter(a -> stale(a, now)).count();
        return new OrganisationOverview(organisation.id(), organisation.name().resolve(language), drafts, published,
                stale);
    }

    private PlaceView placeView(Place place, Language language) {
        PlaceInput fields = new PlaceInput(place.version(), texts(place.name()), place.streetAddress(),
                place.postalCode(), place.municipality() == null ? null : place.municipality().code(),
                place.latitude(), place.longitude(), place.accessibility().stream().sorted().toList(),
                place.addressConfidential());
        String label = place.name().resolve(language)
                + (place.streetAddress() == null || place.addressConfidential() ? "" : ", " + place.streetAddress());
        return new PlaceView(place.id(), place.version(), fields, label);
    }

    private Municipality municipality(String code, ActivityValidator validator) {
        if (ActivityValidator.blank(code)) {
            return null;
        }
        Municipality municipality = municipalities.findById(code.strip());
        if (municipality == null) {
            validator.add("municipality", "unknown-code", "Unknown municipality code");
        }
        return municipality;
    }

    private static void applyPlace(Place place, PlaceInput input, Municipality municipality) {
        place.setAddress(Inputs.clean(input.streetAddress()), Inputs.clean(input.postalCode()), municipality);
        place.setCoordinates(input.latitude(), input.longitude());
        place.setAccessibility(input.accessibility() == null || input.accessibility().isEmpty()
                ? EnumSet.noneOf(fi.silta.catalogue.AccessibilityFeature.class)
                : EnumSet.copyOf(input.accessibility()));
        place.setAddressConfidential(input.addressConfidential());
    }

    private static LocalizedText text(Texts texts) {
        if (texts == null) {
            return null;
        }
        LocalizedText text = LocalizedText.of(Inputs.clean(texts.fi()), Inputs.clean(texts.sv()), Inputs.clean(texts.en()));
        return text.isEmpty() ? null : text;
    }

    private static Texts texts(LocalizedText text) {
        return text == null ? Texts.EMPTY : new Texts(text.fi(), text.sv(), text.en());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

}
