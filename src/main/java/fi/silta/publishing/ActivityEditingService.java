package fi.silta.publishing;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditLog;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.organisations.Organisation;
import fi.silta.publishing.api.ActivityEdit;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.ActivityPreview;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.PublishingRule;

/**
 * A publisher writes an activity and takes it through its life: draft, published, confirmed as still accurate,
 * archived. The language only chooses which of the organisation's names the answer carries.
 */
@ApplicationScoped
public class ActivityEditingService {

    private static final int HISTORY_SHOWN = 50;

    private final ActivityRepository activities;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final CatalogueService catalogue;
    private final PublishingAccess access;
    private final PublishingMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    ActivityEditingService(ActivityRepository activities, PlaceRepository places, CategoryRepository categories,
            TargetGroupRepository targetGroups, CatalogueService catalogue, PublishingAccess access,
            PublishingMapper mapper, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.catalogue = catalogue;
        this.access = access;
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft of the organisation; without a version, the input is taken as written from scratch. */
    @Transactional
    public ActivityEdit create(long organisationId, @Valid @NotNull ActivityInput input, Language language) {
        Organisation organisation = access.organisation(organisationId, Operation.CREATE);
        ActivityInput withVersion = input.version() == null ? input.withVersion(0L) : input;
        Activity activity = new Activity(organisation, PublishingMapper.text(input.title()), Activity.SOURCE_SILTA,
                "draft-" + UUID.randomUUID());
        apply(activity, withVersion, organisation);
        activity.markVerified(clock.instant());
        activities.persist(activity);
        activities.flush();
        access.recordChange(Operation.CREATE, activity, null);
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit get(long id, Language language) {
        return edit(access.activity(id, Operation.READ), language);
    }

    @Transactional
    public ActivityEdit update(long id, @Valid @NotNull ActivityInput input, Language language) {
        Activity activity = access.activity(id, Operation.UPDATE);
        access.checkVersion(activity, input.version(), Operation.UPDATE);
        access.refuseImported(activity);
        ActivityInput before = mapper.input(activity);
        apply(activity, input, activity.organisation());
        activity.markVerified(clock.instant());
        ActivityInput after = mapper.input(activity);
        access.touch(activity);
        access.recordChange(Operation.UPDATE, activity, "fields: " + changedFields(before, after));
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit publish(long id, Long version, Language language) {
        Activity activity = access.activity(id, Operation.PUBLISH);
        access.checkVersion(activity, version, Operation.PUBLISH);
        List<FieldError> missing = ActivityValidator.readyToPublish(activity);
        if (!missing.isEmpty()) {
            throw PublishingAccess.notReady(missing);
        }
        activity.publish();
        activity.markVerified(clock.instant());
        access.touch(activity);
        access.recordChange(Operation.PUBLISH, activity, null);
        return edit(activity, language);
    }

    @Transactional
    public ActivityEdit archive(long id, Long version, Language language) {
        Activity activity = access.activity(id, Operation.ARCHIVE);
        access.checkVersion(activity, version, Operation.ARCHIVE);
        activity.archive();
        access.touch(activity);
        access.recordChange(Operation.ARCHIVE, activity, null);
        return edit(activity, language);
    }

    /** The publisher confirms the listing is still accurate: its verified date becomes today. */
    @Transactional
    public ActivityEdit confirmAccurate(long id, Long version, Language language) {
        Activity activity = access.activity(id, Operation.CONFIRM);
        access.checkVersion(activity, version, Operation.CONFIRM);
        activity.markVerified(clock.instant());
        access.touch(activity);
        access.recordChange(Operation.CONFIRM, activity, null);
        return edit(activity, language);
    }

    /** The activity as residents will see it once published, in the given language. */
    @Transactional
    public ActivityPreview preview(long id, Language language) {
        access.activity(id, Operation.READ);
        return mapper.preview(catalogue.preview(id, language));
    }

    /** What was done to an activity, and what was refused, by whom and when, newest first. */
    @Transactional
    public List<HistoryEntry> history(long id) {
        access.activity(id, Operation.READ);
        return audit.history(PublishingAccess.ACTIVITY, id, HISTORY_SHOWN).stream().map(mapper::history).toList();
    }

    private ActivityEdit edit(Activity activity, Language language) {
        return mapper.edit(activity, language, clock.instant(), access.importedFrom(activity));
    }

    /** Writes a valid input into the activity; codes that name nothing of this organisation are refused. */
    private void apply(Activity activity, ActivityInput input, Organisation organisation) {
        List<FieldError> unknown = new ArrayList<>();
        Place place = null;
        if (input.placeId() != null) {
            place = places.findByIdOptional(input.placeId())
                    .filter(p -> Objects.equals(p.organisation().id(), organisation.id())).orElse(null);
            if (place == null) {
                unknown.add(
                        ActivityValidator.error("placeId", PublishingRule.UNKNOWN_PLACE, "Not a place of this organisation"));
            }
        }
        Set<Category> chosenCategories = new LinkedHashSet<>();
        for (String code : nonNull(input.categories())) {
            Category category = categories.findById(code);
            if (category == null) {
                unknown.add(ActivityValidator.error("categories", PublishingRule.UNKNOWN_CODE, "Unknown category"));
                break;
            }
            chosenCategories.add(category);
        }
        Set<TargetGroup> chosenGroups = new LinkedHashSet<>();
        for (String code : nonNull(input.targetGroups())) {
            TargetGroup group = targetGroups.findById(code);
            if (group == null) {
                unknown.add(ActivityValidator.error("targetGroups", PublishingRule.UNKNOWN_CODE, "Unknown target group"));
                break;
            }
            chosenGroups.add(group);
        }
        PublishingAccess.reject(unknown);
        activity.retitle(PublishingMapper.text(input.title()));
        activity.describe(PublishingMapper.text(input.summary()), PublishingMapper.text(input.description()),
                activity.easyRead());
        activity.simplify(PublishingMapper.text(input.easyReadTitle()), PublishingMapper.text(input.easyRead()));
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
        activity.setCost(input.free(), PublishingMapper.text(input.price()));
        activity.setRegistration(PublishingMapper.registration(input.registration()),
                Inputs.clean(input.registrationUrl()), Inputs.clean(input.registrationPhone()));
        activity.setCapacity(input.capacity());
        activity.setAccessibility(PublishingMapper.features(input.accessibility()));
        activity.setInfoUrl(Inputs.clean(input.infoUrl()));
        activity.setContact(Inputs.clean(input.contactName()), Inputs.clean(input.contactEmail()),
                Inputs.clean(input.contactPhone()));
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

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
