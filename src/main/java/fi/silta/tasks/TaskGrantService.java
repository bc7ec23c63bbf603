package fi.silta.tasks;

import java.time.Clock;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.OrganisationRepository;

/** An admin lets a user host tasks or vet helpers for one organisation, and ends it; both are in the change trail. */
@ApplicationScoped
class TaskGrantService {

    private final TaskGrants grants;
    private final OrganisationRepository organisations;
    private final TaskAccess access;
    private final Clock clock;

    TaskGrantService(TaskGrants grants, OrganisationRepository organisations, TaskAccess access, Clock clock) {
        this.grants = grants;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    void grant(long organisationId, GrantKind kind, String username) {
        if (organisations.findByIdOptional(organisationId).isEmpty()) {
            throw ProblemException.notFound("The organisation");
        }
        grants.grant(organisationId, username, kind, access.username(), clock.instant());
        access.recordChange("grant-" + kind.name().toLowerCase(Locale.ROOT), "organisation", organisationId, organisationId,
                "username");
    }

    @Transactional
    void revoke(long organisationId, GrantKind kind, String username) {
        if (!grants.revoke(organisationId, username, kind)) {
            throw ProblemException.notFound("The grant");
        }
        access.recordChange("revoke-" + kind.name().toLowerCase(Locale.ROOT), "organisation", organisationId, organisationId,
                "username");
    }
}
