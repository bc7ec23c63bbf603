package fi.silta.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class HelperRepository implements PanacheRepository<Helper> {

    Optional<Helper> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    List<Helper> ofOrganisations(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of()
                : list("vettingOrganisationId in ?1 order by id", organisationIds);
    }
}
