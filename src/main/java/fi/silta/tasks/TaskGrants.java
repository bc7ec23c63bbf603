package fi.silta.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Which organisations a user hosts tasks for or vets helpers for, as admins granted it, per organisation (the same
 * way publishers are made members). The role in the token opens the doors; the grant says for which organisations.
 */
@ApplicationScoped
class TaskGrants {

    private final EntityManager entityManager;

    TaskGrants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Set<Long> organisationsOf(String username, GrantKind kind) {
        List<?> ids = entityManager
                .createNativeQuery("select organisation_id from task_grant where username = ?1 and kind = ?2")
                .setParameter(1, username).setParameter(2, kind.name()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    List<String> usernames(long organisationId, GrantKind kind) {
        return entityManager.createNativeQuery(
                "select username from task_grant where organisation_id = ?1 and kind = ?2 order by username",
                String.class).setParameter(1, organisationId).setParameter(2, kind.name()).getResultList();
    }

    void grant(long organisationId, String username, GrantKind kind, String by, Instant at) {
        entityManager.createNativeQuery("insert into task_grant (organisation_id, username, kind, granted_by, granted_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing").setParameter(1, organisationId)
                .setParameter(2, username).setParameter(3, kind.name()).setParameter(4, by).setParameter(5, at)
                .executeUpdate();
    }

    boolean revoke(long organisationId, String username, GrantKind kind) {
        return entityManager.createNativeQuery(
                "delete from task_grant where organisation_id = ?1 and username = ?2 and kind = ?3")
                .setParameter(1, organisationId).setParameter(2, username).setParameter(3, kind.name())
                .executeUpdate() > 0;
    }
}
