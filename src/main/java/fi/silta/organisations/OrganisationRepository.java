package fi.silta.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findByBusinessId(String businessId) {
        return find("businessId", businessId).firstResultOptional();
    }

    /** The organisations an admin made the given user a member of. */
    public List<Long> idsWithMember(String username) {
        return getEntityManager()
                .createQuery("select o.id from Organisation o join o.members m where m = :username", Long.class)
                .setParameter("username", username).getResultList();
    }

    public List<Long> idsWithBusinessIds(Collection<String> businessIds) {
        return getEntityManager()
                .createQuery("select o.id from Organisation o where o.businessId in :ids", Long.class)
                .setParameter("ids", businessIds).getResultList();
    }
}
