package fi.silta.tasks;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.problem.ProblemException;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Who may do what in helping hands, decided here: a task's host is a task host of its organisation, or the
 * link-person who posted it from a referral; a helper's vetter is a vetter of the organisation that registered
 * them; a helper is the signed-in user with the helper role and a helper record. Admins act for every organisation.
 * A refusal is written to the change trail, naming no personal data.
 */
@ApplicationScoped
class TaskAccess {

    private final CurrentUser user;
    private final TaskGrants grants;
    private final HelperRepository helpers;
    private final AuditLog audit;

    TaskAccess(CurrentUser user, TaskGrants grants, HelperRepository helpers, AuditLog audit) {
        this.user = user;
        this.grants = grants;
        this.helpers = helpers;
        this.audit = audit;
    }

    String username() {
        return user.username();
    }

    String email() {
        return user.email();
    }

    boolean isAdmin() {
        return user.isAdmin();
    }

    /** The organisations the caller hosts tasks for (not every one, for an admin). */
    Set<Long> hostedOrganisations() {
        return user.has(Role.TASK_HOST) ? grants.organisationsOf(user.username(), GrantKind.HOST) : Set.of();
    }

    Set<Long> vettedOrganisations() {
        return user.has(Role.VETTER) ? grants.organisationsOf(user.username(), GrantKind.VETTER) : Set.of();
    }

    boolean hosts(HelpingTask task) {
        if (task.referralId() != null) {
            return user.has(Role.LINK_PERSON) && user.username().equals(task.postedBy());
        }
        return isAdmin() || hostedOrganisations().contains(task.hostOrganisationId());
    }

    boolean vets(Helper helper) {
        return isAdmin() || vettedOrganisations().contains(helper.vettingOrganisationId());
    }

    /** The caller's helper record, if they sign in as a helper and a vetting organisation registered them. */
    Optional<Helper> ownHelper() {
        return user.has(Role.HELPER) ? helpers.byUsername(user.username()) : Optional.empty();
    }

    Helper requireOwnHelper() {
        return ownHelper().orElseThrow(() -> ProblemException.notFound("Your helper registration"));
    }

    void requireHost(HelpingTask task, String operation) {
        if (!hosts(task)) {
            deny(operation, "helping-task", task.id(), task.hostOrganisationId());
        }
    }

    void requireVetter(Helper helper, String operation) {
        if (!vets(helper)) {
            deny(operation, "helper", helper.id(), helper.vettingOrganisationId());
        }
    }

    void requireHostOf(long organisationId, String operation) {
        if (!isAdmin() && !hostedOrganisations().contains(organisationId)) {
            deny(operation, "organisation", organisationId, organisationId);
        }
    }

    void requireVetterOf(long organisationId, String operation) {
        if (!isAdmin() && !vettedOrganisations().contains(organisationId)) {
            deny(operation, "organisation", organisationId, organisationId);
        }
    }

    void recordChange(String operation, String type, long id, Long organisationId, String details) {
        audit.record(Trail.CHANGES, entry(operation, type, id, organisationId).details(details));
    }

    private void deny(String operation, String type, Long id, Long organisationId) {
        audit.recordRefusal(Trail.CHANGES, entry(operation, type, id, organisationId)
                .outcome(AuditEntry.Outcome.DENIED));
        throw new ForbiddenException("Not allowed for this task or helper");
    }

    private AuditEntry entry(String operation, String type, Long id, Long organisationId) {
        return AuditEntry.of(user.username(), role(), operation, type, id).organisation(organisationId);
    }

    String role() {
        for (String role : new String[] { Role.TASK_HOST, Role.VETTER, Role.HELPER, Role.LINK_PERSON, Role.ADMIN }) {
            if (user.has(role)) {
                return role;
            }
        }
        return "none";
    }
}
