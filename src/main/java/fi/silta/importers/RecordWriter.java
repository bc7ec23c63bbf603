package fi.silta.importers;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Occurrence;
import fi.silta.catalogue.OccurrenceExpander;
import fi.silta.catalogue.Registration;
import fi.silta.catalogue.Schedule;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.organisations.Organisation;

/**
 * Writes prepared records into the catalogue, in the caller's transaction: for each a new activity, an update of
 * the activity it made before, or a second provenance for an activity another source already brought. A batch
 * of records finds their earlier origins, the activities of other sources they may match and the organisation's
 * places with one query each, not one per record.
 */
@ApplicationScoped
public class RecordWriter {

    /** What writing a record did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        /** Recognised as an activity another source already brought: it gained a provenance. */
        MERGED
    }

    private final ActivityOriginRepository origins;
    private final ActivityRepository activities;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final PlaceResolver places;
    private final OccurrenceExpander expander;
    private final EntityManager entityManager;

    RecordWriter(ActivityOriginRepository origins, ActivityRepository activities,
            CategoryRepository categories, TargetGroupRepository targetGroups, PlaceResolver places,
            OccurrenceExpander expander, EntityManager entityManager) {
        this.origins = origins;
        this.activities = activities;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.places = places;
        this.expander = expander;
        this.entityManager = entityManager;
    }

    /** What the records of one batch share: the source, its organisation and what was looked up for all. */
    private record Batch(ImportSource source, Organisation organisation, Map<String, ActivityOrigin> earlier,
            Map<String, List<ActivityOrigin>> candidates, PlaceResolver.Known places) {
    }

    /** Writes the records in this order; should one fail, the exception leaves and the caller rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> write(SourceSettings settings, List<PreparedRecord> records, Instant now) {
        // References only: the source and its organisation are not read, only named by their ids.
        ImportSource source = entityManager.getReference(ImportSource.class, settings.sourceId());
        Organisation organisation = entityManager.getReference(Organisation.class, settings.organisationId());
        Map<String, ActivityOrigin> earlier = origins.findByOrigins(source,
                records.stream().map(PreparedRecord::originId).toList());
        List<String> newKeys = records.stream().filter(r -> !earlier.containsKey(r.originId()))
                .filter(r -> r.firstStart() != null).map(PreparedRecord::matchKey).distinct().toList();
        Batch batch = new Batch(source, organisation, earlier, origins.candidates(newKeys, source),
                new PlaceResolver.Known());
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (PreparedRecord record : records) {
            outcomes.add(write(settings, batch, record, now));
        }
        return outcomes;
    }

    private Outcome write(SourceSettings settings, Batch batch, PreparedRecord prepared, Instant now) {
        ImportSource source = batch.source();
        ImportedActivity record = prepared.record();
        ActivityOrigin origin = batch.earlier().get(record.originId());
        if (origin == null) {
            ActivityOrigin match = sameActivityElsewhere(batch, prepared, now);
            if (match != null) {
                origins.persist(new ActivityOrigin(match.activity(), source, record.originId(),
                        prepared.contentHash(), prepared.matchKey(), false, now));
                return Outcome.MERGED;
            }
            Activity activity = new Activity(batch.organisation(), record.title(), settings.name(),
                    record.originId());
            fill(activity, record, settings, batch.places(), now);
            activities.persist(activity);
            expander.expand(activity);
            activity.publish();
            origins.persist(new ActivityOrigin(activity, source, record.originId(), prepared.contentHash(),
                    prepared.matchKey(), true, now));
            return Outcome.CREATED;
        }
        Activity activity = origin.activity();
        origin.changed(prepared.contentHash(), prepared.matchKey(), now);
        if (!origin.primary()) {
            boolean anotherPrimary = origins.ofActivity(activity).stream()
                    .anyMatch(other -> other != origin && other.primary() && other.live());
            if (anotherPrimary && activity.status() != ActivityStatus.ARCHIVED) {
                // The activity's content comes from the other source; this one only vouches for it.
                return Outcome.UPDATED;
            }
            origins.ofActivity(activity).forEach(ActivityOrigin::demote);
            origin.promote();
            origin.changed(prepared.contentHash(), prepared.matchKey(), now);
        }
        fill(activity, record, settings, batch.places(), now);
        // Dropped schedules and their occurrences leave before new sessions are expanded beside them.
        entityManager.flush();
        expander.expand(activity);
        activity.publish();
        return Outcome.UPDATED;
    }

    /**
     * The record left its feed. The activity is archived unless another source still publishes it, in which
     * case that source's record becomes the one its content comes from.
     *
     * @return whether anything was archived
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean archive(SourceSettings settings, String originId, Instant now) {
        ImportSource source = entityManager.getReference(ImportSource.class, settings.sourceId());
        ActivityOrigin origin = origins.findByOrigin(source, originId).orElse(null);
        if (origin == null || !origin.live()) {
            return false;
        }
        origin.gone(now);
        Activity activity = origin.activity();
        List<ActivityOrigin> others = origins.ofActivity(activity).stream()
                .filter(other -> other != origin && other.live()).toList();
        if (others.isEmpty()) {
            activity.archive();
        } else if (origin.primary()) {
            origin.demote();
            others.get(0).promote();
        }
        return true;
    }

    /**
     * An activity of another source with the same normalised title and place whose next session starts at the
     * same minute: the same activity, published twice.
     */
    private static ActivityOrigin sameActivityElsewhere(Batch batch, PreparedRecord prepared, Instant now) {
        if (prepared.firstStart() == null) {
            return null;
        }
        for (ActivityOrigin candidate : batch.candidates().getOrDefault(prepared.matchKey(), List.of())) {
            if (prepared.firstStart().equals(firstStart(candidate.activity(), now))) {
                return candidate;
            }
        }
        return null;
    }

    /** The activity's next session, or its first ever when none is ahead; the same rule as the records'. */
    static Instant firstStart(Activity activity, Instant now) {
        Instant next = activity.occurrences().stream().filter(o -> o.endsAt().isAfter(now))
                .map(Occurrence::startsAt).min(Comparator.naturalOrder()).orElse(null);
        if (next != null) {
            return next;
        }
        return activity.schedules().stream()
                .map(s -> ZonedDateTime.of(s.firstStart(), s.zone()).toInstant())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private void fill(Activity activity, ImportedActivity record, SourceSettings settings, PlaceResolver.Known known,
            Instant now) {
        activity.retitle(record.title());
        activity.describe(record.summary(), record.description(), activity.easyRead());
        if (record.place() != null) {
            activity.holdAt(places.resolve(known, activity.organisation(), record.place(),
                    settings.defaultMunicipality()));
        } else {
            activity.holdOnline(record.onlineUrl());
        }
        Set<Category> cats = new LinkedHashSet<>();
        record.categories().stream().map(categories::findById).filter(Objects::nonNull).forEach(cats::add);
        Set<TargetGroup> groups = new LinkedHashSet<>();
        record.targetGroups().stream().map(targetGroups::findById).filter(Objects::nonNull).forEach(groups::add);
        activity.classify(cats, groups);
        activity.setAgeRange(record.ageMin(), record.ageMax());
        activity.setLanguages(record.languages());
        activity.setCost(record.free(), record.price());
        activity.setRegistration(Registration.NONE, null, null);
        activity.setContact(record.contactName(), record.contactEmail(), record.contactPhone());
        activity.setInfoUrl(record.infoUrl());
        List<Schedule> schedules = record.schedules().stream().map(s -> s.toSchedule(activity)).toList();
        activity.replaceSchedules(schedules);
        activity.markVerified(now);
    }
}
