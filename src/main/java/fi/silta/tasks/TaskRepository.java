package fi.silta.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class TaskRepository implements PanacheRepository<HelpingTask> {

    /** Tasks of these organisations and those the user posted from referrals, newest first. */
    List<HelpingTask> hostedBy(Collection<Long> organisationIds, String username) {
        if (organisationIds.isEmpty()) {
            return list("referralId is not null and postedBy = ?1 order by startsAt desc", username);
        }
        return list("hostOrganisationId in ?1 or (referralId is not null and postedBy = ?2) order by startsAt desc",
                organisationIds, username);
    }

    /** Open tasks after the given moment in the given municipalities, soonest first. */
    List<HelpingTask> openIn(Collection<String> municipalities, Instant after) {
        return municipalities.isEmpty() ? List.of()
                : list("status = ?1 and startsAt > ?2 and municipality in ?3 order by startsAt", TaskStatus.OPEN, after,
                        municipalities);
    }

    List<TaskClaim> claims(long taskId) {
        return getEntityManager().createQuery("from TaskClaim where taskId = :task order by id", TaskClaim.class)
                .setParameter("task", taskId).getResultList();
    }

    List<TaskClaim> claimsOf(long helperId) {
        return getEntityManager().createQuery("from TaskClaim where helperId = :helper order by id", TaskClaim.class)
                .setParameter("helper", helperId).getResultList();
    }

    TaskClaim claim(long taskId, long claimId) {
        TaskClaim claim = getEntityManager().find(TaskClaim.class, claimId);
        return claim == null || claim.taskId() != taskId ? null : claim;
    }

    void persist(TaskClaim claim) {
        getEntityManager().persist(claim);
    }

    /** Tasks starting before the given moment, not yet reminded of, still on. */
    List<HelpingTask> dueForReminder(Instant from, Instant until) {
        return list("remindedAt is null and status in ?1 and startsAt > ?2 and startsAt <= ?3",
                List.of(TaskStatus.OPEN, TaskStatus.FILLED), from, until);
    }
}
