package fi.silta.publishing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.importers.provenance.ImportProvenance;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.PublishingRule;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * What every publishing operation does around its work, in the caller's transaction: it loads the record and
 * checks that the user publishes for the organisation that owns it, checks the version the user started from,
 * refuses to edit an imported listing, and writes the audit entry. A refusal is audited too.
 */
@ApplicationScoped
class PublishingAccess {

    static final String ACTIVITY = "activity";
    static final String PLACE = "place";
    private static final String ORGANISATION = "organisation";

    private final ActivityRepository activities;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ImportProvenance provenance;

    PublishingAccess(ActivityRepository activities, PlaceRepository places, OrganisationRepository organisations,
            AuditLog audit, CurrentUser user, ImportProvenance provenance) {
        this.activities = activities;
        this.places = places;
        this.organisations = organisations;
        this.audit = audit;
        this.user = user;
        this.provenance = provenance;
    }

    Organisation organisation(long organisationId, Operation operation) {
        Organisation organisation = organisations.findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        if (!user.publishesFor(organisationId)) {
            deny(operation, ORGANISATION, organisationId, organisationId);
        }
        return organisation;
    }

    Activity activity(long id, Operation operation) {
        Activity activity = activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The activity"));
        long organisationId = activity.organisation().id();
        if (!user.publishesFor(organisationId)) {
            deny(operation, ACTIVITY, id, organisationId);
        }
        return activity;
    }

    Place place(long id, Operation operation) {
        Place place = places.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The place"));
        if (!user.publishesFor(place.organisation().id())) {
            deny(operation, PLACE, id, place.organisation().id());
        }
        return place;
    }

    /** The organisations the user publishes for; every organisation for an admin. */
    List<Organisation> ownOrganisations() {
        if (user.isAdmin()) {
            return organisations.listAll();
        }
        return user.organisationIds().isEmpty() ? List.of()
                : organisations.list("id in ?1", user.organisationIds());
    }

    void checkVersion(Activity activity, Long version, Operation operation) {
        checkVersion(version, activity.version(), operation, ACTIVITY, activity.id(), activity.organisation().id());
    }

    void checkVersion(Place place, Long version, Operation operation) {
        checkVersion(version, place.version(), operation, PLACE, place.id(), place.organisation().id());
    }

    private void checkVersion(Long version, long current, Operation operation, String type, long id,
            long organisationId) {
        if (version == null) {
            throw invalid(List.of(new FieldError("version", PublishingRule.REQUIRED.code(),
                    "Send the version you started from")));
        }
        if (version != current) {
            audit.recordRefusal(Trail.CHANGES, entry(operation, type, id, organisationId)
                    .outcome(AuditEntry.Outcome.CONFLICT));
            throw new ProblemException(409, "edit-conflict", "Edit conflict",
                    "Someone else changed this meanwhile; reload it and apply your change again", List.of());
        }
    }

    /**
     * Imported listings are kept at their source; an edit here would be overwritten by the next import.
     * Listings written in Silta, the demo catalogue's included, are edited here.
     */
    void refuseImported(Activity activity) {
        Optional<String> source = importedFrom(activity);
        if (source.isPresent()) {
            throw new ProblemException(409, "imported-activity", "Imported activity",
                    "This activity is imported from " + source.get() + "; change it there", List.of());
        }
    }

    Optional<String> importedFrom(Activity activity) {
        return provenance.importedFrom(activity.id());
    }

    /**
     * Every change bumps the version, also one that only touches schedules or sessions, and at once, so the
     * answer carries the version the next change must name. Of two concurrent changes, the second waits here
     * for the first to commit and then fails its version check, answering 409.
     */
    void touch(Activity activity) {
        lock(activity);
    }

    void touch(Place place) {
        lock(place);
    }

    private void lock(Object entity) {
        activities.getEntityManager().flush();
        activities.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    void recordChange(Operation operation, Activity activity, String details) {
        audit.record(Trail.CHANGES,
                entry(operation, ACTIVITY, activity.id(), activity.organisation().id()).details(details));
    }

    void recordChange(Operation operation, Place place) {
        audit.record(Trail.CHANGES, entry(operation, PLACE, place.id(), place.organisation().id()));
    }

    /** A 400 naming each field that breaks a rule; nothing has been changed. */
    static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields", errors);
    }

    /** A 400 naming what a draft still lacks before residents may see it. */
    static ProblemException notReady(List<FieldError> missing) {
        return new ProblemException(400, "not-ready", "Not ready to publish", "The activity lacks what residents need",
                missing);
    }

    static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    private void deny(Operation operation, String type, long id, long organisationId) {
        audit.recordRefusal(Trail.CHANGES, entry(operation, type, id, organisationId)
                .outcome(AuditEntry.Outcome.DENIED));
        throw new ForbiddenException("Not a publisher of this organisation");
    }

    private AuditEntry entry(Operation operation, String type, long id, long organisationId) {
        return AuditEntry.of(user.username(), user.actingAs(Role.PUBLISHER), operation.code(), type, id)
                .organisation(organisationId);
    }
}
