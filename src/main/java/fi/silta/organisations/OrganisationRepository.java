package fi.silta.organisations;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findByBusinessId(String businessId) {
        return find("businessId", businessId).firstResultOptional();
    }
}
